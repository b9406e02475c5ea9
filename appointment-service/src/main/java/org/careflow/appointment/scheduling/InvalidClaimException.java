package org.careflow.appointment.scheduling;

import java.util.List;

import org.careflow.platform.web.FieldProblem;

/**
 * Scheduling found the booking's input invalid (its 400), naming the fields: the caller's
 * input, so the caller gets the same 400.
 */
public class InvalidClaimException extends RuntimeException {

	private final List<FieldProblem> errors;

	InvalidClaimException(List<FieldProblem> errors) {
		super("The scheduling service refused the booking's input.");
		this.errors = List.copyOf(errors);
	}

	/** The fields scheduling named; may be empty if it named none. */
	public List<FieldProblem> errors() {
		return this.errors;
	}

}
