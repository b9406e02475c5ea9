package org.careflow.platform.identity;

/** The identity provider already has an account with that email or username. */
public class AccountAlreadyExistsException extends RuntimeException {

	public AccountAlreadyExistsException(String email) {
		super("An account with email " + email + " already exists.");
	}

}
