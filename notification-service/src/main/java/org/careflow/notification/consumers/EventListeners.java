package org.careflow.notification.consumers;

import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener, and so one consumer thread, per topic: while a record of one topic is
 * being retried (say a booking whose patient is not known yet), the others keep flowing,
 * above all the patient registration that booking is waiting for. Event types this
 * service does not know are skipped; a failure is left to the platform's error handler
 * (retry with back-off, then {@code <topic>.dlt}).
 */
@Component
class EventListeners {

	private final EventHandler handler;

	EventListeners(EventHandler handler) {
		this.handler = handler;
	}

	@KafkaListener(id = "notification-patients", idIsGroup = false, topics = Topics.PATIENTS)
	void onPatientEvent(String payload) {
		handle(payload);
	}

	@KafkaListener(id = "notification-doctors", idIsGroup = false, topics = Topics.DOCTORS)
	void onDoctorEvent(String payload) {
		handle(payload);
	}

	/**
	 * Several threads (one per partition): an email waits on MongoDB and the SMTP server
	 * far more than it computes, so one thread sent only some 15 per second. An
	 * appointment's events share its key, hence its partition, and keep their order.
	 */
	@KafkaListener(id = "notification-appointments", idIsGroup = false, topics = Topics.APPOINTMENTS,
			concurrency = "${careflow.notification.appointment-consumers:3}")
	void onAppointmentEvent(String payload) {
		handle(payload);
	}

	/**
	 * One thread: a few prescriptions an hour per doctor, far fewer than bookings. A
	 * prescription's events share its key, hence its partition, so "filled" never comes
	 * before "ready". {@code careflow.chart} is not read: a new chart entry sends no
	 * email.
	 */
	@KafkaListener(id = "notification-prescriptions", idIsGroup = false, topics = Topics.PRESCRIPTIONS)
	void onPrescriptionEvent(String payload) {
		handle(payload);
	}

	private void handle(String payload) {
		EventJson.read(payload).ifPresent(this.handler::handle);
	}

}
