package org.careflow.patient.domain;

import java.util.List;

/** A profile change with bad fields (400 naming each); nothing of it was stored. */
public class InvalidProfileException extends RuntimeException {

	private final List<ProfileViolation> violations;

	public InvalidProfileException(List<ProfileViolation> violations) {
		super("Invalid profile fields");
		this.violations = List.copyOf(violations);
	}

	public List<ProfileViolation> violations() {
		return this.violations;
	}

}
