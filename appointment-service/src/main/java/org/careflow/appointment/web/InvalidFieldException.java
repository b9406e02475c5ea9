package org.careflow.appointment.web;

/**
 * A request's fields or a list's parameters do not fit together, or one is out of range
 * (400 naming the field).
 */
class InvalidFieldException extends RuntimeException {

	private final String field;

	InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
