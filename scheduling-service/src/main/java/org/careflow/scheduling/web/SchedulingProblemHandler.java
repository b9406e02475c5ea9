package org.careflow.scheduling.web;

import java.time.Instant;
import java.util.List;

import org.careflow.platform.web.CareFlowProblemHandler;
import org.careflow.platform.web.FieldProblem;
import org.careflow.scheduling.availability.ConcurrentScheduleChangeException;
import org.careflow.scheduling.availability.ExceptionLimitException;
import org.careflow.scheduling.availability.ExceptionNotFoundException;
import org.careflow.scheduling.availability.InvalidScheduleException;
import org.careflow.scheduling.availability.ScheduleConflictException;
import org.careflow.scheduling.availability.ScheduleNotFoundException;
import org.careflow.scheduling.availability.SlotUnavailableException;
import org.careflow.scheduling.availability.TooManyWithdrawalsException;
import org.careflow.scheduling.claims.HoldNotFoundException;
import org.careflow.scheduling.claims.InvalidClaimException;
import org.careflow.scheduling.claims.SlotTakenException;
import org.careflow.scheduling.slots.InvalidSlotWindowException;
import org.careflow.scheduling.slots.NoFreeSlotException;

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
	ProblemDetail exceptionNotFound(ExceptionNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "No such exception", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail holdNotFound(HoldNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "No such hold", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail noFreeSlot(NoFreeSlotException ex) {
		return problem(HttpStatus.NOT_FOUND, "No free slot", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail slotTaken(SlotTakenException ex) {
		return problem(HttpStatus.CONFLICT, "Slot already taken", ex.getMessage());
	}

	/** 422 naming the booking rule broken in {@code rule}, and in words in the detail. */
	@ExceptionHandler
	ProblemDetail slotUnavailable(SlotUnavailableException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Slot not bookable", ex.getMessage());
		problem.setProperty("rule", ex.rule().code());
		return problem;
	}

	/**
	 * 409 listing the booked appointments in the way ({@code appointments}, at most
	 * {@value ScheduleConflictException#MAX_LISTED}) and how many there are
	 * ({@code total}).
	 */
	@ExceptionHandler
	ProblemDetail scheduleConflict(ScheduleConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Booked appointments in the way", ex.getMessage());
		problem.setProperty("total", ex.total());
		problem.setProperty("appointments",
				ex.listed().stream().map(visit -> new Appointment(visit.appointmentId(), visit.start())).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail concurrentChange(ConcurrentScheduleChangeException ex) {
		return problem(HttpStatus.CONFLICT, "Changed at the same time", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail tooManyWithdrawals(TooManyWithdrawalsException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Change too large", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail tooManyExceptions(ExceptionLimitException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Too many exceptions", ex.getMessage());
	}

	record Appointment(String appointmentId, Instant start) {
	}

}
