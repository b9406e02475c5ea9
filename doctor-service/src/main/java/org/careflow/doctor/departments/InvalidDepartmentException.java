package org.careflow.doctor.departments;

import java.util.List;

/** A department that breaks its rules; each violation names the field to fix. */
public class InvalidDepartmentException extends RuntimeException {

	private final List<Violation> violations;

	InvalidDepartmentException(List<Violation> violations) {
		super("Invalid department: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
