package org.careflow.doctor.domain;

public class DoctorNotFoundException extends RuntimeException {

	public DoctorNotFoundException(String id) {
		super("No doctor with id " + id + ".");
	}

}
