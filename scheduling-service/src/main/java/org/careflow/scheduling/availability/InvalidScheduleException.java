package org.careflow.scheduling.availability;

import java.util.List;

/** A schedule that cannot work; each violation names the request field to fix. */
public class InvalidScheduleException extends RuntimeException {

	private final List<Violation> violations;

	InvalidScheduleException(List<Violation> violations) {
		super("Invalid schedule: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	public record Violation(String field, String message) {
	}

}
