package org.careflow.appointment.scheduling;

/**
 * The scheduling service could not confirm the slot in time; nothing was booked (503).
 */
public class SchedulingUnavailableException extends RuntimeException {

	SchedulingUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
