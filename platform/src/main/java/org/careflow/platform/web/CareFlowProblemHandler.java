package org.careflow.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.AccountRejectedException;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem responses every service gives the same way. A service's own
 * {@code @RestControllerAdvice} extends this and adds its domain exceptions.
 */
public abstract class CareFlowProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(CareFlowProblemHandler.class);

	/** Seconds a client should wait before retrying while a dependency is down. */
	private static final String RETRY_AFTER_SECONDS = "30";

	/** Input with a thousand faults gets the first ones: the answer stays small. */
	static final int MAX_REPORTED_ERRORS = 20;

	/** 400 naming each invalid field, so a client can point at what to fix. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.sorted(Comparator.comparing(FieldError::getField))
			.map(error -> new FieldProblem(error.getField(),
					error.isBindingFailure() ? "has a value of the wrong form"
							: String.valueOf(error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalidFields(errors));
	}

	/**
	 * 400 "Invalid fields: a, b" with {@code errors: [{field, message}]}: the one shape
	 * of every input error, whether bean validation or a domain rule found it.
	 */
	protected static ProblemDetail invalidFields(List<FieldProblem> errors) {
		List<FieldProblem> reported = errors.stream().limit(MAX_REPORTED_ERRORS).toList();
		String fields = String.join(", ", reported.stream().map(FieldProblem::field).distinct().toList());
		String more = (errors.size() > reported.size())
				? " (and " + (errors.size() - reported.size()) + " more problems)" : "";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Invalid fields: " + fields + more);
		problem.setProperty("errors", reported);
		return problem;
	}

	/** 400 naming the one field or parameter at fault. */
	protected static ProblemDetail invalidField(String field, String message) {
		return invalidFields(List.of(new FieldProblem(field, message)));
	}

	/** A query parameter or path variable that cannot be read as its type. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		return ResponseEntity.badRequest().body(invalidField(name, "has a value of the wrong form"));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalidField(ex.getParameterName(), "is required"));
	}

	/**
	 * Constraints on parameters ({@code @RequestParam @Max(100) int size}, say). Once a
	 * method has one, Spring validates the whole method, so the errors of a
	 * {@code @Valid} body or page come here too: those keep their field names
	 * ({@code weeklyHours[0].day}); other parameters are named as such.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(CareFlowProblemHandler::problemsOf)
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		return ResponseEntity.badRequest().body(invalidFields(errors));
	}

	private static Stream<FieldProblem> problemsOf(ParameterValidationResult result) {
		if (result instanceof ParameterErrors bean) {
			return Stream.concat(
					bean.getFieldErrors().stream().map(error -> new FieldProblem(error.getField(), messageOf(error))),
					bean.getGlobalErrors()
						.stream()
						.map(error -> new FieldProblem(parameterName(result),
								String.valueOf(error.getDefaultMessage()))));
		}
		return result.getResolvableErrors()
			.stream()
			.map(error -> new FieldProblem(parameterName(result), String.valueOf(error.getDefaultMessage())));
	}

	private static String messageOf(FieldError error) {
		return error.isBindingFailure() ? "has a value of the wrong form" : String.valueOf(error.getDefaultMessage());
	}

	private static String parameterName(ParameterValidationResult result) {
		String name = result.getMethodParameter().getParameterName();
		return (name != null) ? name : "parameter " + result.getMethodParameter().getParameterIndex();
	}

	/**
	 * 400; names the field when a value has the wrong form (a date that is not ISO, say).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (RequestBodyLimitFilter.wasCutOff(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
						"The request body is larger than this service accepts."));
		}
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
				StringBuilder path = new StringBuilder();
				for (var reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.toString();
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

	/** Keycloak refused a value of the account, e.g. a name: the caller's input. */
	@ExceptionHandler(AccountRejectedException.class)
	ProblemDetail accountRejected(AccountRejectedException ex) {
		return invalidField(ex.field(), "is not accepted by the identity provider");
	}

	/** The service's own database is unreachable: nothing was stored, try again later. */
	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> databaseDown(DataAccessResourceFailureException ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return unavailable("Database unavailable",
				"Our data store cannot be reached right now; please try again later.");
	}

	/**
	 * A failure nothing above expected is a defect of ours: logged with its trace, and
	 * answered as a problem that tells nothing of our internals. Access decisions are
	 * left to Spring Security, which answers 401/403 itself.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		log.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
					"Something went wrong on our side; it has been logged."));
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
