package org.careflow.scheduling.slots;

import java.util.List;

/**
 * The requested period is empty, reversed, too long or out of range; names the parameters
 * to fix.
 */
public class InvalidSlotWindowException extends RuntimeException {

	private final List<Violation> violations;

	InvalidSlotWindowException(List<Violation> violations) {
		super("Invalid period: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	public record Violation(String field, String message) {
	}

}
