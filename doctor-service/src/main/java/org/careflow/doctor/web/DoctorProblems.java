package org.careflow.doctor.web;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.careflow.doctor.domain.DoctorNotFoundException;
import org.careflow.doctor.registration.EmailAlreadyRegisteredException;
import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.careflow.platform.web.CareFlowProblemHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Domain failures as problem responses. Access denied (403) is left to Spring Security's
 * handler, which answers with the same problem format.
 */
@RestControllerAdvice
class DoctorProblems extends CareFlowProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(DoctorProblems.class);

	/** Seconds a client should wait before retrying while a dependency is down. */
	private static final String RETRY_AFTER_SECONDS = "30";

	@ExceptionHandler(DoctorNotFoundException.class)
	ProblemDetail notFound(DoctorNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Doctor not found", ex.getMessage());
	}

	@ExceptionHandler({ EmailAlreadyRegisteredException.class, AccountAlreadyExistsException.class })
	ProblemDetail emailTaken(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "Email already registered",
				"A doctor or another account already uses this email.");
	}

	@ExceptionHandler({ IdentityProviderUnavailableException.class, CallNotPermittedException.class })
	ResponseEntity<ProblemDetail> identityProviderDown(RuntimeException ex) {
		log.warn("Doctor not added, identity provider unavailable: {}", ex.getMessage());
		return unavailable("Identity provider unavailable",
				"Accounts cannot be created right now and nothing was stored; please try again later.");
	}

	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> databaseDown(DataAccessResourceFailureException ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return unavailable("Database unavailable", "Doctor data cannot be reached right now; please try again later.");
	}

	private static ResponseEntity<ProblemDetail> unavailable(String title, String detail) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, title, detail));
	}

}
