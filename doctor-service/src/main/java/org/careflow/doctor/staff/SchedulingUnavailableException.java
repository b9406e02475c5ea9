package org.careflow.doctor.staff;

/**
 * The scheduling service gave no usable answer about a doctor's retirement (down, slow,
 * its breaker open, or this service without its own token): nothing was changed (503).
 */
public class SchedulingUnavailableException extends RuntimeException {

	SchedulingUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
