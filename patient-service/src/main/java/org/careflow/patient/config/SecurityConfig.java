package org.careflow.patient.config;

import org.careflow.patient.documents.verify.DocumentVerificationController;
import org.careflow.patient.verification.EmailVerificationController;
import org.careflow.patient.web.RegistrationController;
import org.careflow.platform.security.CareFlowResourceServer;
import org.careflow.platform.security.CareFlowResourceServer.PublicEndpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	/**
	 * Three public endpoints: registration (a new patient has no token yet), the welcome
	 * email's link page and its form (the signed link is the permission), and the page a
	 * printed document's QR code opens (GET only: the signed link proves the paper).
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CareFlowResourceServer resourceServer) throws Exception {
		return resourceServer.filterChain(http, PublicEndpoint.post(RegistrationController.PATH),
				PublicEndpoint.anyMethod(EmailVerificationController.PATH),
				new PublicEndpoint(HttpMethod.GET, DocumentVerificationController.PATH));
	}

}
