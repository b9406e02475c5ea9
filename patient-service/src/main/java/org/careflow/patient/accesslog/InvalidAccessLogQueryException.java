package org.careflow.patient.accesslog;

/** A parameter of an access-log query is out of bounds (400 naming it). */
public class InvalidAccessLogQueryException extends RuntimeException {

	private final String field;

	InvalidAccessLogQueryException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** From the platform query's "field: message" wording. */
	static InvalidAccessLogQueryException of(IllegalArgumentException ex) {
		String message = String.valueOf(ex.getMessage());
		int colon = message.indexOf(':');
		return (colon > 0)
				? new InvalidAccessLogQueryException(message.substring(0, colon), message.substring(colon + 1).strip())
				: new InvalidAccessLogQueryException("query", message);
	}

	public String field() {
		return this.field;
	}

}
