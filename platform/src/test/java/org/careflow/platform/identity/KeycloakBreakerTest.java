package org.careflow.platform.identity;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Keycloak breaker opens when Keycloak fails, never when it refuses what a caller
 * sent: otherwise a handful of anonymous registrations with odd names would close
 * sign-ups for everyone.
 */
class KeycloakBreakerTest {

	private final CircuitBreaker breaker = CircuitBreaker.of("keycloak", IdentityAutoConfiguration.KEYCLOAK_BREAKER);

	@Test
	void refusedValuesTakenEmailsAndAccountsNotFoundNeverOpenIt() {
		for (int i = 0; i < 20; i++) {
			call(new AccountRejectedException("lastName", "is not accepted"));
			call(new AccountAlreadyExistsException("jane@example.org"));
			call(new AccountNotFoundException("an-account-removed-since"));
		}

		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void keycloakFailingOpensIt() {
		for (int i = 0; i < 5; i++) {
			call(new IdentityProviderUnavailableException("Keycloak answered 500", null));
		}

		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void keycloaksRefusalNamesTheFieldItRefused() {
		assertThat(KeycloakAccounts.rejected("{\"field\":\"lastName\",\"errorMessage\":\"careflow-name-invalid\"}")
			.field()).isEqualTo("lastName");
		assertThat(KeycloakAccounts
			.rejected("{\"error\":\"invalidPasswordMinLengthMessage\",\"error_description\":\"Invalid password\"}")
			.field()).isEqualTo("password");
		assertThat(KeycloakAccounts.rejected("not json").field()).isEqualTo("account");
	}

	private void call(RuntimeException failure) {
		assertThatThrownBy(() -> this.breaker.executeRunnable(() -> {
			throw failure;
		})).isSameAs(failure);
	}

}
