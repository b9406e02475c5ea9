package org.careflow.scheduling.config;

import java.time.Clock;

import org.careflow.platform.outbox.OutboxCollections;
import org.careflow.platform.security.CareFlowResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Every endpoint needs a valid token; roles are checked on the endpoints themselves. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CareFlowResourceServer resourceServer) throws Exception {
		return resourceServer.filterChain(http);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * {@code schedule.bookings-withdrawn} waits in the doctor's schedule document,
	 * written with the change that raised it; the platform relay publishes it to
	 * {@code careflow.schedules}.
	 */
	@Bean
	OutboxCollections scheduleOutbox() {
		return OutboxCollections.of("schedules");
	}

}
