package org.careflow.appointment.events;

import org.careflow.platform.outbox.OutboxCollections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Appointment events wait inside their appointment document, and {@code waitlist.offered}
 * inside its waitlist entry; the platform relay publishes them to
 * {@code careflow.appointments}.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	OutboxCollections appointmentOutbox() {
		return OutboxCollections.of("appointments", "waitlist");
	}

}
