package org.careflow.patient.registration;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.careflow.platform.identity.KeycloakAccounts;
import org.careflow.platform.identity.NewAccount;

import org.springframework.stereotype.Component;

/**
 * Patient logins in Keycloak, guarded so that a Keycloak outage answers quickly with 503
 * instead of tying up request threads.
 */
@Component
class PatientAccounts {

	static final String ROLE = "patient";

	private final KeycloakAccounts accounts;

	PatientAccounts(KeycloakAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Not retried: creating is not idempotent, and a retry after a lost response would
	 * meet our own account as a duplicate.
	 */
	@CircuitBreaker(name = "keycloak")
	public String create(String email, String password, String firstName, String lastName) {
		return this.accounts.create(new NewAccount(email, password, firstName, lastName, ROLE));
	}

	/** Retried: deleting an account twice (or one already gone) is harmless. */
	@Retry(name = "keycloak-cleanup")
	public void delete(String id) {
		this.accounts.delete(id);
	}

}
