package org.careflow.notification.config;

import org.careflow.platform.security.CareFlowResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform's resource-server chain: health, info and metrics are open, anything else
 * (the message log, the dead-letter replay, the live event stream) needs a valid token;
 * each endpoint checks the caller's role and whose data it is itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CareFlowResourceServer resourceServer) throws Exception {
		return resourceServer.filterChain(http);
	}

}
