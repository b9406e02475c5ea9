package org.careflow.appointment.waitlist;

/** A waitlist request is out of bounds (400 naming the field). */
public class InvalidWaitlistException extends RuntimeException {

	private final String field;

	InvalidWaitlistException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
