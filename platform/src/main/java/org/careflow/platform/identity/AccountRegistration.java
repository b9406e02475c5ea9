package org.careflow.platform.identity;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;

/**
 * Creates a login together with the profile a service keeps under the login's id: first
 * the Keycloak account, then the profile. There is no transaction spanning Keycloak and
 * MongoDB, so a failed insert is compensated by deleting the login again; a login without
 * a profile could neither be used nor registered again.
 */
public class AccountRegistration {

	private static final Logger log = LoggerFactory.getLogger(AccountRegistration.class);

	private final KeycloakAccounts accounts;

	public AccountRegistration(KeycloakAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param insertProfile stores the profile under the new login's id and returns it
	 * @return what {@code insertProfile} returned
	 * @throws AccountAlreadyExistsException if a login has the email, or the profile
	 * store's unique index refused it (a racing registration)
	 * @throws IdentityProviderUnavailableException if Keycloak cannot be used or its
	 * circuit breaker is open; nothing was stored
	 */
	public <T> T register(NewAccount account, Function<String, T> insertProfile) {
		return register(account, () -> this.accounts.create(account), insertProfile);
	}

	/**
	 * As {@link #register}, for a login created without a password whose owner is emailed
	 * a link to choose one ({@link KeycloakAccounts#createInvited}): staff added by an
	 * admin, who never learns their password.
	 * @param linkLifespan how long the emailed link works
	 */
	public <T> T registerInvited(NewAccount account, Duration linkLifespan, Function<String, T> insertProfile) {
		return register(account, () -> this.accounts.createInvited(account, linkLifespan), insertProfile);
	}

	private <T> T register(NewAccount account, Supplier<String> createLogin, Function<String, T> insertProfile) {
		String id = createLogin(createLogin);
		try {
			return insertProfile.apply(id);
		}
		catch (DuplicateKeyException ex) {
			deleteLogin(id);
			throw new AccountAlreadyExistsException(account.email());
		}
		catch (RuntimeException ex) {
			deleteLogin(id);
			throw ex;
		}
	}

	private static String createLogin(Supplier<String> createLogin) {
		try {
			return createLogin.get();
		}
		catch (CallNotPermittedException ex) {
			throw new IdentityProviderUnavailableException("Keycloak circuit breaker is open", ex);
		}
	}

	private void deleteLogin(String id) {
		try {
			this.accounts.delete(id);
		}
		catch (RuntimeException ex) {
			// Left for an operator: the login exists without a profile.
			log.error("Could not remove Keycloak account {} after its profile failed to save", id, ex);
		}
	}

}
