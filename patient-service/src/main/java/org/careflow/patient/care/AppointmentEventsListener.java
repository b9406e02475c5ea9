package org.careflow.patient.care;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link CareRelations} from {@code careflow.appointments}. Failures are retried
 * and then dead-lettered by the platform's error handler.
 */
@Component
class AppointmentEventsListener {

	private final CareRelations relations;

	AppointmentEventsListener(CareRelations relations) {
		this.relations = relations;
	}

	@KafkaListener(id = "patient-care", idIsGroup = false, topics = Topics.APPOINTMENTS)
	void on(String payload) {
		EventJson.read(payload).ifPresent(event -> {
			switch (event) {
				case AppointmentBooked booked ->
					this.relations.remember(booked.doctorId(), booked.patientId(), booked.occurredAt());
				case AppointmentRescheduled moved ->
					this.relations.remember(moved.doctorId(), moved.patientId(), moved.occurredAt());
				default -> {
				}
			}
		});
	}

}
