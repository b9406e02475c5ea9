package org.careflow.scheduling.web;

import java.util.List;

import org.careflow.platform.web.CareFlowProblemHandler;
import org.careflow.platform.web.FieldProblem;
import org.careflow.scheduling.availability.InvalidScheduleException;
import org.careflow.scheduling.availability.ScheduleNotFoundException;
import org.careflow.scheduling.claims.InvalidClaimException;
import org.careflow.scheduling.claims.SlotNotClaimableException;
import org.careflow.scheduling.claims.SlotTakenException;
import org.careflow.scheduling.slots.InvalidSlotWindowException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The scheduling service's domain failures as RFC 9457 problems. */
@RestControllerAdvice
class SchedulingProblemHandler extends CareFlowProblemHandler {

	@ExceptionHandler
	ProblemDetail invalidSchedule(InvalidScheduleException ex) {
		return invalidFields(ex.violations()
			.stream()
			.map(violation -> new FieldProblem(violation.field(), violation.message()))
			.toList());
	}

	@ExceptionHandler
	ProblemDetail invalidWindow(InvalidSlotWindowException ex) {
		return invalidFields(ex.violations()
			.stream()
			.map(violation -> new FieldProblem(violation.field(), violation.message()))
			.toList());
	}

	@ExceptionHandler
	ProblemDetail invalidClaim(InvalidClaimException ex) {
		return invalidFields(List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler
	ProblemDetail scheduleNotFound(ScheduleNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "No schedule", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail slotTaken(SlotTakenException ex) {
		return problem(HttpStatus.CONFLICT, "Slot already taken", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail slotNotClaimable(SlotNotClaimableException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Slot not bookable", ex.getMessage());
	}

}
