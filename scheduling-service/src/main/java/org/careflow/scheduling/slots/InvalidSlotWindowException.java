package org.careflow.scheduling.slots;

/** The requested period is empty, reversed or too long. */
public class InvalidSlotWindowException extends RuntimeException {

	InvalidSlotWindowException(String message) {
		super(message);
	}

}
