package org.careflow.platform.identity;

/**
 * Keycloak refused the account's data (a 4xx other than a taken email), e.g. a name its
 * user profile does not accept. The caller's input is at fault, not Keycloak: a 400
 * naming the field, and never a failure of the identity provider's circuit breaker.
 *
 * @see IdentityAutoConfiguration
 */
public class AccountRejectedException extends RuntimeException {

	private final String field;

	public AccountRejectedException(String field, String reason) {
		super("The identity provider refused " + field + ": " + reason);
		this.field = field;
	}

	/** The account field refused, e.g. {@code lastName}. */
	public String field() {
		return this.field;
	}

}
