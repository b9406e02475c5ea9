package org.careflow.patient.crypto;

/**
 * A sealed value that does not open: altered, cut, moved from another document or field,
 * or sealed with a key this service does not hold. Carries no data, only what failed.
 */
public class IntegrityException extends RuntimeException {

	public IntegrityException(String message) {
		super(message);
	}

	public IntegrityException(String message, Throwable cause) {
		super(message, cause);
	}

}
