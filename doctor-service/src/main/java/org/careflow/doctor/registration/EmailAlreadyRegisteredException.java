package org.careflow.doctor.registration;

public class EmailAlreadyRegisteredException extends RuntimeException {

	public EmailAlreadyRegisteredException(String email) {
		super("A doctor with email " + email + " already exists.");
	}

}
