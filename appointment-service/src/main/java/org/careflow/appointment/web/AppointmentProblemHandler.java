package org.careflow.appointment.web;

import org.careflow.appointment.booking.AppointmentNotFoundException;
import org.careflow.appointment.booking.BookingInProgressException;
import org.careflow.appointment.domain.ActionNotAllowedException;
import org.careflow.appointment.domain.AppointmentConflictException;
import org.careflow.appointment.domain.AppointmentRuleException;
import org.careflow.appointment.domain.EmailNotVerifiedException;
import org.careflow.appointment.domain.PatientOverlapException;
import org.careflow.appointment.domain.StartOutOfRangeException;
import org.careflow.appointment.domain.UpcomingLimitException;
import org.careflow.appointment.scheduling.InvalidClaimException;
import org.careflow.appointment.scheduling.SchedulingUnavailableException;
import org.careflow.appointment.scheduling.SignInUnavailableException;
import org.careflow.appointment.scheduling.SlotNotBookableException;
import org.careflow.appointment.scheduling.SlotTakenException;
import org.careflow.appointment.waitlist.InvalidWaitlistException;
import org.careflow.appointment.waitlist.OfferNotFoundException;
import org.careflow.appointment.waitlist.WaitlistEntryNotFoundException;
import org.careflow.appointment.waitlist.WaitlistLimitException;
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

	/**
	 * About the circuit breaker's open period: a sooner retry would be refused anyway.
	 */
	private static final String RETRY_AFTER_SECONDS = "10";

	@ExceptionHandler
	ProblemDetail notFound(AppointmentNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Appointment not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notAllowed(ActionNotAllowedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail emailNotVerified(EmailNotVerifiedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Verify your email address before booking", ex.getMessage());
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
	ProblemDetail invalidWaitlist(InvalidWaitlistException ex) {
		return invalidField(ex.field(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail offerNotFound(OfferNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Offer not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail waitlistEntryNotFound(WaitlistEntryNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Waitlist entry not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail waitlistLimit(WaitlistLimitException ex) {
		return problem(HttpStatus.CONFLICT, "Too many waitlist entries", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail fieldAtFault(InvalidFieldException ex) {
		return invalidField(ex.field(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail startOutOfRange(StartOutOfRangeException ex) {
		return invalidField(ex.field(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail tooManyUpcoming(UpcomingLimitException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Too many upcoming appointments", ex.getMessage());
		problem.setProperty("limit", ex.limit());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail bookingInProgress(BookingInProgressException ex) {
		return problem(HttpStatus.CONFLICT, "Booking in progress", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail slotTaken(SlotTakenException ex) {
		return problem(HttpStatus.CONFLICT, "Slot already taken", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail slotNotBookable(SlotNotBookableException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Slot not bookable", ex.getMessage());
		if (ex.rule() != null) {
			problem.setProperty("rule", ex.rule());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail patientOverlap(PatientOverlapException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Overlapping appointment", ex.getMessage());
		problem.setProperty("appointmentId", ex.appointmentId());
		return problem;
	}

	/** Scheduling's 400 is about what our caller sent: they get it, fields and all. */
	@ExceptionHandler
	ProblemDetail invalidClaim(InvalidClaimException ex) {
		if (ex.errors().isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
		}
		return invalidFields(ex.errors());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> schedulingUnavailable(SchedulingUnavailableException ex) {
		log.warn("Booking refused, scheduling unavailable: {} ({})", ex.getMessage(), String.valueOf(ex.getCause()));
		return unavailable("Scheduling unavailable", ex.getMessage() + " Nothing was booked; please try again shortly.",
				RETRY_AFTER_SECONDS);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> signInUnavailable(SignInUnavailableException ex) {
		log.warn("Booking refused, no service token: {}", String.valueOf(ex.getCause()));
		return unavailable("Sign-in service unavailable",
				ex.getMessage() + " Nothing was booked; please try again shortly.", RETRY_AFTER_SECONDS);
	}

}
