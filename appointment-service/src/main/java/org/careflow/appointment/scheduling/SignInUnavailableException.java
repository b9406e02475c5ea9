package org.careflow.appointment.scheduling;

/**
 * This service could not get its own token from the sign-in service (Keycloak), so it
 * could not ask scheduling; nothing was booked (503).
 */
public class SignInUnavailableException extends RuntimeException {

	SignInUnavailableException(Throwable cause) {
		super("Our sign-in service cannot be reached to confirm the slot.", cause);
	}

}
