package org.careflow.appointment.config;

import java.time.Clock;

import org.careflow.platform.security.CareFlowResourceServer;
import org.careflow.platform.security.CareFlowResourceServer.PublicEndpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Every endpoint needs a valid token; roles and ownership are checked per endpoint. */
@Configuration(proxyBeanMethods = false)
class AppointmentConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CareFlowResourceServer resourceServer) throws Exception {
		// emails' action links: the signed token in the path is the permission
		return resourceServer.filterChain(http, PublicEndpoint.anyMethod("/links/*"));
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
