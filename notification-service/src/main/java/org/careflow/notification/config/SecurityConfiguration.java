package org.careflow.notification.config;

import org.careflow.platform.security.CareFlowResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The service has no API of its own yet: only health, info and metrics are open, and
 * anything else needs a valid token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CareFlowResourceServer resourceServer) throws Exception {
		return resourceServer.filterChain(http);
	}

}
