package org.careflow.platform.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/** Login and profile are created together, or neither is. */
class AccountRegistrationTest {

	private final KeycloakAccounts keycloak = mock();

	private final AccountRegistration registration = new AccountRegistration(this.keycloak);

	private final NewAccount ada = new NewAccount("ada@example.org", "s3cret-pw-long", "Ada", "Lovelace", "patient",
			false);

	/**
	 * Stands in for a service's profile store: remembers the ids it stored profiles
	 * under.
	 */
	private final List<String> storedProfiles = new ArrayList<>();

	private final Function<String, String> storeProfile = (id) -> {
		this.storedProfiles.add(id);
		return "profile " + id;
	};

	@Test
	void theProfileIsStoredUnderTheNewLoginsId() {
		given(this.keycloak.create(this.ada)).willReturn("kc-1");

		String profile = this.registration.register(this.ada, this.storeProfile);

		assertThat(profile).isEqualTo("profile kc-1");
		assertThat(this.storedProfiles).containsExactly("kc-1");
		then(this.keycloak).should(never()).delete(any());
	}

	@Test
	void anEmailKeycloakAlreadyKnowsStoresNothing() {
		given(this.keycloak.create(this.ada)).willThrow(new AccountAlreadyExistsException("ada@example.org"));

		assertThatThrownBy(() -> this.registration.register(this.ada, this.storeProfile))
			.isInstanceOf(AccountAlreadyExistsException.class);
		assertThat(this.storedProfiles).isEmpty();
	}

	@Test
	void whileKeycloakIsDownNothingIsStored() {
		given(this.keycloak.create(this.ada))
			.willThrow(new IdentityProviderUnavailableException("down", new RuntimeException()));

		assertThatThrownBy(() -> this.registration.register(this.ada, this.storeProfile))
			.isInstanceOf(IdentityProviderUnavailableException.class);
		assertThat(this.storedProfiles).isEmpty();
	}

	@Test
	void anOpenCircuitBreakerIsReportedAsKeycloakBeingUnavailable() {
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("keycloak");
		breaker.transitionToOpenState();
		given(this.keycloak.create(this.ada))
			.willThrow(CallNotPermittedException.createCallNotPermittedException(breaker));

		assertThatThrownBy(() -> this.registration.register(this.ada, this.storeProfile))
			.isInstanceOf(IdentityProviderUnavailableException.class)
			.hasCauseInstanceOf(CallNotPermittedException.class);
		assertThat(this.storedProfiles).isEmpty();
	}

	@Test
	void whenTheProfileCannotBeSavedTheLoginIsRemovedAgain() {
		given(this.keycloak.create(this.ada)).willReturn("kc-1");

		assertThatThrownBy(
				() -> this.registration.register(this.ada, failingWith(new DataAccessResourceFailureException("down"))))
			.isInstanceOf(DataAccessResourceFailureException.class);
		then(this.keycloak).should().delete("kc-1");
	}

	@Test
	void aRacingRegistrationOfTheSameEmailIsATakenEmailAndLeavesNoLoginBehind() {
		given(this.keycloak.create(this.ada)).willReturn("kc-2");

		assertThatThrownBy(() -> this.registration.register(this.ada, failingWith(new DuplicateKeyException("email"))))
			.isInstanceOf(AccountAlreadyExistsException.class)
			.hasMessageContaining("ada@example.org");
		then(this.keycloak).should().delete("kc-2");
	}

	@Test
	void aFailedCleanupStillReportsTheOriginalFailure() {
		given(this.keycloak.create(this.ada)).willReturn("kc-1");
		willThrow(new IdentityProviderUnavailableException("down", new RuntimeException())).given(this.keycloak)
			.delete("kc-1");

		assertThatThrownBy(
				() -> this.registration.register(this.ada, failingWith(new DataAccessResourceFailureException("down"))))
			.isInstanceOf(DataAccessResourceFailureException.class);
	}

	private static Function<String, String> failingWith(RuntimeException failure) {
		return (id) -> {
			throw failure;
		};
	}

	@Test
	void anInvitedLoginIsCreatedWithoutPasswordAndUndoneWhenItsProfileFails() {
		NewAccount nurse = new NewAccount("nina@example.org", null, "Nina", "Nightingale", "nurse", true);
		given(this.keycloak.createInvited(nurse, Duration.ofHours(72))).willReturn("kc-9");

		assertThatThrownBy(() -> this.registration.registerInvited(nurse, Duration.ofHours(72), (id) -> {
			throw new DataAccessResourceFailureException("down");
		})).isInstanceOf(DataAccessResourceFailureException.class);

		then(this.keycloak).should(never()).create(any());
		then(this.keycloak).should().delete("kc-9");
	}

}
