package org.careflow.doctor.web;

import org.careflow.doctor.domain.DoctorNotFoundException;
import org.careflow.doctor.registration.EmailAlreadyRegisteredException;
import org.careflow.platform.web.CareFlowProblemHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Domain failures as problem responses. Keycloak being down (503) comes from the
 * platform's base handler; access denied (403) is left to Spring Security's handler,
 * which answers with the same problem format.
 */
@RestControllerAdvice
class DoctorProblems extends CareFlowProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(DoctorProblems.class);

	@ExceptionHandler(DoctorNotFoundException.class)
	ProblemDetail notFound(DoctorNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Doctor not found", ex.getMessage());
	}

	@ExceptionHandler(EmailAlreadyRegisteredException.class)
	ProblemDetail emailTaken(EmailAlreadyRegisteredException ex) {
		return problem(HttpStatus.CONFLICT, "Email already registered",
				"A doctor or another account already uses this email.");
	}

	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> databaseDown(DataAccessResourceFailureException ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return unavailable("Database unavailable", "Doctor data cannot be reached right now; please try again later.");
	}

}
