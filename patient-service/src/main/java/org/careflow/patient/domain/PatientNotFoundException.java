package org.careflow.patient.domain;

public class PatientNotFoundException extends RuntimeException {

	public PatientNotFoundException(String id) {
		super("No patient profile with id " + id + ".");
	}

}
