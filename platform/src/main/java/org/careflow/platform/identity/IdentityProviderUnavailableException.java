package org.careflow.platform.identity;

/** Keycloak could not be reached or failed; nothing was created. */
public class IdentityProviderUnavailableException extends RuntimeException {

	public IdentityProviderUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
