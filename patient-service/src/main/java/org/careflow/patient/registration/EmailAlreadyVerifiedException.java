package org.careflow.patient.registration;

/** A new verification link was asked for an address that is already verified (409). */
public class EmailAlreadyVerifiedException extends RuntimeException {

	public EmailAlreadyVerifiedException() {
		super("Your email address is already verified.");
	}

}
