package org.careflow.appointment.domain;

import java.time.Duration;

/**
 * The requested start lies beyond the booking horizon: bad input on {@code start} (400).
 */
public class StartOutOfRangeException extends RuntimeException {

	StartOutOfRangeException(Duration maxAhead) {
		super("must be at most " + maxAhead.toDays() + " days ahead");
	}

	/** The request field at fault. */
	public String field() {
		return "start";
	}

}
