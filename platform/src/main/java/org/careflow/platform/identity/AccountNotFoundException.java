package org.careflow.platform.identity;

/**
 * The identity provider has no account with that id (removed since, or never made).
 * Keycloak answered, so it is not Keycloak failing: never counted by its breaker.
 */
public class AccountNotFoundException extends RuntimeException {

	public AccountNotFoundException(String id) {
		super("No account " + id);
	}

}
