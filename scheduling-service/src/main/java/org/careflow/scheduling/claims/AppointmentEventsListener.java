package org.careflow.scheduling.claims;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentEnteredInError;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns a booking into a firm claim, a cancellation into a free slot, and a move into
 * both (the new appointment's slot taken, the old one's freed). Failures are retried and
 * then dead-lettered by the platform's error handler.
 */
@Component
class AppointmentEventsListener {

	private final SlotClaims claims;

	AppointmentEventsListener(SlotClaims claims) {
		this.claims = claims;
	}

	@KafkaListener(topics = Topics.APPOINTMENTS)
	void on(String payload) {
		EventJson.read(payload).ifPresent(event -> {
			switch (event) {
				case AppointmentBooked booked -> this.claims.confirm(booked);
				case AppointmentCancelled cancelled -> this.claims.release(cancelled);
				case AppointmentEnteredInError voided -> this.claims.release(voided);
				case AppointmentRescheduled moved -> this.claims.reschedule(moved);
				default -> {
					// other appointment events do not change availability
				}
			}
		});
	}

}
