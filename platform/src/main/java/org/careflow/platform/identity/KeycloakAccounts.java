package org.careflow.platform.identity;

import java.util.List;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates and removes logins in the realm, guarded by Resilience4j (instances
 * {@code keycloak} and {@code keycloak-cleanup}, configured by each service) so that a
 * Keycloak outage answers quickly instead of tying up request threads.
 */
public class KeycloakAccounts {

	private final Keycloak keycloak;

	private final String realm;

	public KeycloakAccounts(Keycloak keycloak, String realm) {
		this.keycloak = keycloak;
		this.realm = realm;
	}

	/**
	 * Creates an enabled account with a password and one realm role. Not retried:
	 * creating is not idempotent, and a retry after a lost response would meet our own
	 * account as a duplicate.
	 * @return the new account's id, which becomes the token subject
	 * @throws AccountAlreadyExistsException if the email is taken
	 * @throws IdentityProviderUnavailableException if Keycloak cannot be used
	 * @throws io.github.resilience4j.circuitbreaker.CallNotPermittedException while the
	 * breaker is open
	 */
	@CircuitBreaker(name = "keycloak")
	public String create(NewAccount account) {
		String id = createUser(account);
		try {
			RealmResource realm = realm();
			RoleRepresentation role = realm.roles().get(account.realmRole()).toRepresentation();
			realm.users().get(id).roles().realmLevel().add(List.of(role));
			return id;
		}
		catch (RuntimeException ex) {
			deleteQuietly(id);
			throw unavailable("Could not grant role " + account.realmRole(), ex);
		}
	}

	/**
	 * Removes an account, e.g. to undo a registration whose profile could not be saved.
	 * Retried: deleting an account twice (or one already gone) is harmless.
	 */
	@Retry(name = "keycloak-cleanup")
	public void delete(String id) {
		try (Response response = realm().users().delete(id)) {
			if (response.getStatus() >= 300 && response.getStatus() != 404) {
				throw new IllegalStateException("Keycloak answered " + response.getStatus());
			}
		}
		catch (RuntimeException ex) {
			throw unavailable("Could not delete account " + id, ex);
		}
	}

	private String createUser(NewAccount account) {
		try (Response response = realm().users().create(user(account))) {
			if (response.getStatus() == 409) {
				throw new AccountAlreadyExistsException(account.email());
			}
			if (response.getStatus() != 201) {
				throw new IllegalStateException("Keycloak answered " + response.getStatus());
			}
			return CreatedResponseUtil.getCreatedId(response);
		}
		catch (AccountAlreadyExistsException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw unavailable("Could not create account", ex);
		}
	}

	private static UserRepresentation user(NewAccount account) {
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue(account.password());
		password.setTemporary(false);
		UserRepresentation user = new UserRepresentation();
		user.setUsername(account.email());
		user.setEmail(account.email());
		user.setEmailVerified(true);
		user.setFirstName(account.firstName());
		user.setLastName(account.lastName());
		user.setEnabled(true);
		user.setCredentials(List.of(password));
		return user;
	}

	private void deleteQuietly(String id) {
		try {
			delete(id);
		}
		catch (RuntimeException ignored) {
			// the caller reports the original failure
		}
	}

	private RealmResource realm() {
		return this.keycloak.realm(this.realm);
	}

	private static IdentityProviderUnavailableException unavailable(String message, RuntimeException cause) {
		if (cause instanceof ProcessingException || cause instanceof WebApplicationException
				|| cause instanceof IllegalStateException) {
			return new IdentityProviderUnavailableException(message + ": " + cause.getMessage(), cause);
		}
		return new IdentityProviderUnavailableException(message, cause);
	}

}
