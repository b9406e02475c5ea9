package org.careflow.appointment.domain;

/** The patient has not verified their email address yet, so may not book (403). */
public class EmailNotVerifiedException extends RuntimeException {

	EmailNotVerifiedException() {
		super("Open the link we sent to your email address when you registered, then sign in again. "
				+ "For a new link: POST /api/patients/me/verification-email.");
	}

}
