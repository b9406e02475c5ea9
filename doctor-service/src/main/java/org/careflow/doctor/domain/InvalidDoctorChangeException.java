package org.careflow.doctor.domain;

import java.util.List;

/** A change to a doctor that breaks its rules; nothing was changed. */
public class InvalidDoctorChangeException extends RuntimeException {

	private final List<FieldViolation> violations;

	InvalidDoctorChangeException(List<FieldViolation> violations) {
		super("Invalid change: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

}
