package org.careflow.doctor.config;

import org.careflow.platform.security.CareFlowResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	/** No public API: every request needs a token; roles are checked per endpoint. */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CareFlowResourceServer resourceServer) throws Exception {
		return resourceServer.filterChain(http);
	}

}
