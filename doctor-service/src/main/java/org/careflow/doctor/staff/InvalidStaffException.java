package org.careflow.doctor.staff;

import java.util.List;

/** A new staff member breaks a rule that involves more than one field (400). */
public class InvalidStaffException extends RuntimeException {

	private final List<Violation> violations;

	InvalidStaffException(List<Violation> violations) {
		super("Invalid staff member: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
