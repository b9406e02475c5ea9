package org.careflow.appointment.web;

import org.careflow.appointment.domain.AppointmentTestData;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/** Signed-in callers for web slices, as the realm issues them (verified email). */
final class Tokens {

	private Tokens() {
	}

	static JwtRequestPostProcessor as(String subject, String role) {
		return jwt().jwt(token -> token.subject(subject).claim("email_verified", true))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

	static JwtRequestPostProcessor patient() {
		return as(AppointmentTestData.PATIENT_ID, "patient");
	}

	static JwtRequestPostProcessor doctor() {
		return as(AppointmentTestData.DOCTOR_ID, "doctor");
	}

	static JwtRequestPostProcessor otherDoctor() {
		return as("doctor-2", "doctor");
	}

	static JwtRequestPostProcessor nurse() {
		return as("nurse-1", "nurse");
	}

}
