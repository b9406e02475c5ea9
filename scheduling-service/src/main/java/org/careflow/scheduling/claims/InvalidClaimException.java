package org.careflow.scheduling.claims;

/** A claim whose input cannot be a slot at all, naming the request field to fix (400). */
public class InvalidClaimException extends RuntimeException {

	private final String field;

	InvalidClaimException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
