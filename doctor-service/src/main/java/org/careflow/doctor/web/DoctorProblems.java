package org.careflow.doctor.web;

import org.careflow.doctor.domain.DoctorNotFoundException;
import org.careflow.doctor.registration.EmailAlreadyRegisteredException;
import org.careflow.platform.web.CareFlowProblemHandler;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Domain failures as problem responses. Keycloak being down (503) comes from the
 * platform's base handler; access denied (403) is left to Spring Security's handler,
 * which answers with the same problem format.
 */
@RestControllerAdvice
class DoctorProblems extends CareFlowProblemHandler {

	@ExceptionHandler(DoctorNotFoundException.class)
	ProblemDetail notFound(DoctorNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Doctor not found", ex.getMessage());
	}

	@ExceptionHandler(EmailAlreadyRegisteredException.class)
	ProblemDetail emailTaken(EmailAlreadyRegisteredException ex) {
		return problem(HttpStatus.CONFLICT, "Email already registered",
				"A doctor or another account already uses this email.");
	}

}
