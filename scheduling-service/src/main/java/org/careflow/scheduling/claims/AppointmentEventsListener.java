package org.careflow.scheduling.claims;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns a booking into a firm claim and a cancellation into a free slot. Failures are
 * retried and then dead-lettered by the platform's error handler.
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
				default -> {
					// other appointment events do not change availability
				}
			}
		});
	}

}
