package org.careflow.platform.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates and removes logins in the realm, guarded by Resilience4j (instances
 * {@code keycloak} and {@code keycloak-cleanup}, see {@link IdentityAutoConfiguration})
 * so that a Keycloak outage answers quickly instead of tying up request threads. Only
 * Keycloak failing counts against the breaker; Keycloak refusing the caller's data (a
 * taken email, a name it does not accept) is the caller's 4xx.
 */
public class KeycloakAccounts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Keycloak's required action that lets the owner choose a password. */
	static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

	private final Keycloak keycloak;

	private final String realm;

	public KeycloakAccounts(Keycloak keycloak, String realm) {
		this.keycloak = keycloak;
		this.realm = realm;
	}

	/**
	 * Creates an enabled account with a password and one realm role. An address nobody
	 * vouched for stays unverified, and Keycloak sends no email of its own: the service
	 * registering the account says welcome with CareFlow's own verification link (see
	 * {@link #markEmailVerified}). Not retried: creating is not idempotent, and a retry
	 * after a lost response would meet our own account as a duplicate.
	 * @return the new account's id, which becomes the token subject
	 * @throws AccountAlreadyExistsException if the email is taken
	 * @throws AccountRejectedException if Keycloak refuses a value (e.g. a name)
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
		}
		catch (RuntimeException ex) {
			deleteQuietly(id);
			throw unavailable("Could not grant role " + account.realmRole(), ex);
		}
		return id;
	}

	/**
	 * Creates an enabled account with one realm role and <em>no</em> password, then has
	 * Keycloak email its owner a link to choose one (Keycloak's execute-actions email,
	 * action {@code UPDATE_PASSWORD}, valid for {@code linkLifespan}). Nobody but the
	 * owner ever knows the password: the admin adding staff vouches for the address
	 * ({@link NewAccount#emailVerified()}), and until the link is used nobody can sign in
	 * as the account. If the role cannot be granted or the email cannot be sent, the
	 * account is deleted again. Not retried, as {@link #create}.
	 * @param account the account; its {@code password} must be null
	 * @return the new account's id, which becomes the token subject
	 * @throws AccountAlreadyExistsException if the email is taken
	 * @throws AccountRejectedException if Keycloak refuses a value (e.g. a name)
	 * @throws IdentityProviderUnavailableException if Keycloak cannot be used or cannot
	 * send the email (its SMTP server is down, say); no account is left behind
	 * @throws io.github.resilience4j.circuitbreaker.CallNotPermittedException while the
	 * breaker is open
	 */
	@CircuitBreaker(name = "keycloak")
	public String createInvited(NewAccount account, Duration linkLifespan) {
		if (account.password() != null) {
			throw new IllegalArgumentException("An invited account gets no password: its owner chooses one");
		}
		String id = createUser(account);
		try {
			UserResource user = realm().users().get(id);
			RoleRepresentation role = realm().roles().get(account.realmRole()).toRepresentation();
			user.roles().realmLevel().add(List.of(role));
			user.executeActionsEmail(null, null, Math.toIntExact(linkLifespan.toSeconds()), List.of(UPDATE_PASSWORD));
		}
		catch (RuntimeException ex) {
			deleteQuietly(id);
			throw unavailable("Could not grant role " + account.realmRole() + " or send the set-password email", ex);
		}
		return id;
	}

	/**
	 * Marks the account's email address verified: its owner followed a signed link that
	 * went to it. Idempotent: an address verified already is left as it is.
	 * @return true if this call verified it, false if it was verified already
	 * @throws AccountNotFoundException if there is no such account
	 * @throws IdentityProviderUnavailableException if Keycloak cannot be used
	 * @throws io.github.resilience4j.circuitbreaker.CallNotPermittedException while the
	 * breaker is open
	 */
	@CircuitBreaker(name = "keycloak")
	public boolean markEmailVerified(String id) {
		try {
			UserResource account = realm().users().get(id);
			// the whole representation back: a partial one could clear what it leaves out
			UserRepresentation user = account.toRepresentation();
			if (Boolean.TRUE.equals(user.isEmailVerified())) {
				return false;
			}
			user.setEmailVerified(true);
			account.update(user);
			return true;
		}
		catch (NotFoundException ex) {
			throw new AccountNotFoundException(id);
		}
		catch (RuntimeException ex) {
			throw unavailable("Could not mark the email address verified", ex);
		}
	}

	/**
	 * Sends Keycloak's own verification email, when a patient asks for a new link (the
	 * fallback: CareFlow's welcome email carries the first one).
	 * @throws IdentityProviderUnavailableException if Keycloak cannot send it
	 */
	@CircuitBreaker(name = "keycloak")
	public void sendVerificationEmail(String id) {
		try {
			realm().users().get(id).sendVerifyEmail();
		}
		catch (RuntimeException ex) {
			throw unavailable("Could not send the verification email", ex);
		}
	}

	/**
	 * Disables the account: its owner can no longer sign in, and Keycloak refuses to
	 * refresh their tokens (an access token already issued runs out within its few
	 * minutes). The account stays, so that who did what keeps a name. Idempotent;
	 * retried, since disabling twice is harmless.
	 * @throws AccountNotFoundException if there is no such account
	 * @throws IdentityProviderUnavailableException if Keycloak cannot be used
	 */
	@Retry(name = "keycloak-cleanup")
	public void disable(String id) {
		try {
			UserResource account = realm().users().get(id);
			// the whole representation back: a partial one could clear what it leaves out
			UserRepresentation user = account.toRepresentation();
			if (Boolean.FALSE.equals(user.isEnabled())) {
				return;
			}
			user.setEnabled(false);
			account.update(user);
		}
		catch (NotFoundException ex) {
			throw new AccountNotFoundException(id);
		}
		catch (RuntimeException ex) {
			throw unavailable("Could not disable account " + id, ex);
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
			if (response.getStatus() == 400) {
				throw rejected(response.readEntity(String.class));
			}
			if (response.getStatus() != 201) {
				throw new IllegalStateException("Keycloak answered " + response.getStatus());
			}
			return CreatedResponseUtil.getCreatedId(response);
		}
		catch (AccountAlreadyExistsException | AccountRejectedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw unavailable("Could not create account", ex);
		}
	}

	/** The account as Keycloak takes it; without a password when none is given. */
	private static UserRepresentation user(NewAccount account) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(account.email());
		user.setEmail(account.email());
		user.setEmailVerified(account.emailVerified());
		user.setFirstName(account.firstName());
		user.setLastName(account.lastName());
		user.setEnabled(true);
		if (account.password() != null) {
			CredentialRepresentation password = new CredentialRepresentation();
			password.setType(CredentialRepresentation.PASSWORD);
			password.setValue(account.password());
			password.setTemporary(false);
			user.setCredentials(List.of(password));
		}
		return user;
	}

	/**
	 * What Keycloak refused, from its answer: {@code {"field": "lastName",
	 * "errorMessage": …}} for a user-profile attribute, {@code {"error":
	 * "invalidPassword…"}} for the password policy.
	 */
	static AccountRejectedException rejected(String answer) {
		String field = "account";
		String reason = "was refused";
		try {
			JsonNode body = JSON.readTree((answer != null) ? answer : "{}");
			String error = body.path("error").asString(body.path("errorMessage").asString(""));
			if (body.path("field").isString()) {
				field = body.path("field").asString();
				reason = "is not accepted";
			}
			else if (error.toLowerCase(Locale.ROOT).contains("password")) {
				field = "password";
				reason = "does not meet the password policy";
			}
		}
		catch (JacksonException ex) {
			// keep the generic wording
		}
		return new AccountRejectedException(field, reason);
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
