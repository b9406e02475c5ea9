package org.careflow.patient.web;

import org.careflow.patient.chart.ChartConflictException;
import org.careflow.patient.chart.ChartEntryNotFoundException;
import org.careflow.patient.chart.ChartRuleViolationException;
import org.careflow.patient.chart.InvalidChartRequestException;
import org.careflow.patient.chart.StaleVersionException;
import org.careflow.patient.accesslog.InvalidAccessLogQueryException;
import org.careflow.patient.crypto.UnreadableRecordException;
import org.careflow.patient.domain.InvalidProfileException;
import org.careflow.patient.domain.PatientNotFoundException;
import org.careflow.patient.domain.StaleProfileException;
import org.careflow.patient.registration.EmailAlreadyRegisteredException;
import org.careflow.patient.registration.EmailAlreadyVerifiedException;
import org.careflow.platform.web.CareFlowProblemHandler;
import org.careflow.platform.web.FieldProblem;

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
class PatientProblems extends CareFlowProblemHandler {

	@ExceptionHandler(PatientNotFoundException.class)
	ProblemDetail notFound(PatientNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Patient not found", ex.getMessage());
	}

	/**
	 * 422, not a 5xx: the record exists and the request was understood, but its stored
	 * personal data failed the integrity check (altered or moved in the database), so it
	 * is refused rather than shown as garbage. Asking again will not help (not 503), nor
	 * can the caller resolve it by changing something (not 409); operators find the
	 * integrity error logged with the record's id.
	 */
	@ExceptionHandler(UnreadableRecordException.class)
	ProblemDetail unreadable(UnreadableRecordException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Record cannot be read",
				"The stored record failed its integrity check and cannot be shown. The clinic's operators have "
						+ "been alerted; please contact them.");
		problem.setProperty("recordId", ex.recordId());
		return problem;
	}

	@ExceptionHandler(InvalidProfileException.class)
	ProblemDetail invalidProfile(InvalidProfileException ex) {
		return invalidFields(ex.violations()
			.stream()
			.map((violation) -> new FieldProblem(violation.field(), violation.message()))
			.toList());
	}

	@ExceptionHandler(StaleProfileException.class)
	ProblemDetail staleProfile(StaleProfileException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed since you read it", ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler(ProfileBodyTooLargeException.class)
	ProblemDetail profileTooLarge(ProfileBodyTooLargeException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", ex.getMessage());
	}

	@ExceptionHandler(InvalidAccessLogQueryException.class)
	ProblemDetail invalidAccessLogQuery(InvalidAccessLogQueryException ex) {
		return invalidField(ex.field(), ex.getMessage());
	}

	@ExceptionHandler(ChartEntryNotFoundException.class)
	ProblemDetail chartEntryNotFound(ChartEntryNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail staleVersion(StaleVersionException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed since you read it", ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler(InvalidChartRequestException.class)
	ProblemDetail invalidChartRequest(InvalidChartRequestException ex) {
		return invalidField(ex.field(), ex.getMessage());
	}

	@ExceptionHandler(ChartConflictException.class)
	ProblemDetail chartConflict(ChartConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Not possible in this status", ex.getMessage());
	}

	/** 422 naming the field: well-formed, but a clinical rule refuses it. */
	@ExceptionHandler(ChartRuleViolationException.class)
	ProblemDetail chartRuleViolated(ChartRuleViolationException ex) {
		ProblemDetail problem = invalidField(ex.field(), ex.getMessage());
		problem.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle("Refused by a clinical rule");
		return problem;
	}

	@ExceptionHandler(EmailAlreadyVerifiedException.class)
	ProblemDetail alreadyVerified(EmailAlreadyVerifiedException ex) {
		return problem(HttpStatus.CONFLICT, "Email already verified", ex.getMessage());
	}

	@ExceptionHandler(EmailAlreadyRegisteredException.class)
	ProblemDetail emailTaken(EmailAlreadyRegisteredException ex) {
		return problem(HttpStatus.CONFLICT, "Email already registered",
				"This email is already registered; sign in instead, or use another email.");
	}

}
