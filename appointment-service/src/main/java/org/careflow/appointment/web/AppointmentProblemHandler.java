package org.careflow.appointment.web;

import org.careflow.appointment.booking.AppointmentNotFoundException;
import org.careflow.appointment.domain.ActionNotAllowedException;
import org.careflow.appointment.domain.AppointmentConflictException;
import org.careflow.appointment.domain.AppointmentRuleException;
import org.careflow.appointment.scheduling.SchedulingUnavailableException;
import org.careflow.appointment.scheduling.SlotNotBookableException;
import org.careflow.appointment.scheduling.SlotTakenException;
import org.careflow.platform.web.CareFlowProblemHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The appointment service's failures as RFC 9457 problems. */
@RestControllerAdvice
class AppointmentProblemHandler extends CareFlowProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(AppointmentProblemHandler.class);

	@ExceptionHandler
	ProblemDetail notFound(AppointmentNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Appointment not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notAllowed(ActionNotAllowedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(AppointmentConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict with the appointment's status", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleBroken(AppointmentRuleException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Appointment rule broken", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail slotTaken(SlotTakenException ex) {
		return problem(HttpStatus.CONFLICT, "Slot already taken", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail slotNotBookable(SlotNotBookableException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Slot not bookable", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> schedulingUnavailable(SchedulingUnavailableException ex) {
		log.warn("Booking refused, scheduling unavailable: {} ({})", ex.getMessage(), String.valueOf(ex.getCause()));
		// about the circuit breaker's open period: a sooner retry would be refused anyway
		return unavailable("Scheduling unavailable", ex.getMessage() + " Nothing was booked; please try again shortly.",
				"10");
	}

}
