package org.careflow.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem responses every service gives the same way. A service's own
 * {@code @RestControllerAdvice} extends this and adds its domain exceptions.
 */
public abstract class CareFlowProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(CareFlowProblemHandler.class);

	/** Seconds a client should wait before retrying while a dependency is down. */
	private static final String RETRY_AFTER_SECONDS = "30";

	/** 400 naming each invalid field, so a client can point at what to fix. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.sorted(Comparator.comparing(FieldError::getField))
			.map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalidFields(errors));
	}

	/**
	 * 400 "Invalid fields: a, b" with {@code errors: [{field, message}]}: the one shape
	 * of every input error, whether bean validation or a domain rule found it.
	 */
	protected static ProblemDetail invalidFields(List<FieldProblem> errors) {
		String fields = String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Invalid fields: " + fields);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * 400; names the field when a value has the wrong form (a date that is not ISO, say).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		ProblemDetail problem = (field != null)
				? invalidFields(List.of(new FieldProblem(field, "has a value of the wrong form")))
				: ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						"The request body is missing or is not valid JSON of the expected shape.");
		problem.setTitle("Unreadable request");
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * The JSON path of the value Jackson could not read, if any exception in the chain
	 * knows it.
	 */
	private static String fieldOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				return jackson.getPath()
					.stream()
					.map(reference -> (reference.getPropertyName() != null) ? reference.getPropertyName()
							: "[" + reference.getIndex() + "]")
					.collect(Collectors.joining("."));
			}
		}
		return null;
	}

	/** Two writers raced on one record; the loser is told to reload and try again. */
	@ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
	ProblemDetail concurrentChange(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", "The record was changed at the same time; reload and retry.");
	}

	/** A login with that email exists already (in this or any other service). */
	@ExceptionHandler(AccountAlreadyExistsException.class)
	ProblemDetail accountAlreadyExists(AccountAlreadyExistsException ex) {
		return problem(HttpStatus.CONFLICT, "Email already registered", "Another account already uses this email.");
	}

	@ExceptionHandler(IdentityProviderUnavailableException.class)
	ResponseEntity<ProblemDetail> identityProviderDown(IdentityProviderUnavailableException ex) {
		log.warn("Account not created, identity provider unavailable: {}", ex.getMessage());
		return unavailable("Identity provider unavailable",
				"Accounts cannot be created right now and nothing was stored; please try again later.");
	}

	/** 503 with {@code Retry-After}, for a dependency that is down. */
	/** The service's own database is unreachable: nothing was stored, try again later. */
	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> databaseDown(DataAccessResourceFailureException ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return unavailable("Database unavailable",
				"Our data store cannot be reached right now; please try again later.");
	}

	protected static ResponseEntity<ProblemDetail> unavailable(String title, String detail) {
		return unavailable(title, detail, RETRY_AFTER_SECONDS);
	}

	/** 503 telling the client after how many seconds a retry makes sense. */
	protected static ResponseEntity<ProblemDetail> unavailable(String title, String detail, String retryAfterSeconds) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, title, detail));
	}

	protected static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
