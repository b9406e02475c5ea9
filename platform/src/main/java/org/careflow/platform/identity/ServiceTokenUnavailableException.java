package org.careflow.platform.identity;

/**
 * This service could not get its own token from Keycloak, so a call to another service
 * cannot be made; the caller answers 503, as for the other service being down.
 */
public class ServiceTokenUnavailableException extends RuntimeException {

	public ServiceTokenUnavailableException(String message, Throwable cause) {
		super("No service token: " + message, cause);
	}

}
