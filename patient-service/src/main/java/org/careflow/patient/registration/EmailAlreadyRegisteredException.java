package org.careflow.patient.registration;

public class EmailAlreadyRegisteredException extends RuntimeException {

	public EmailAlreadyRegisteredException(String email) {
		super("A patient with email " + email + " is already registered.");
	}

}
