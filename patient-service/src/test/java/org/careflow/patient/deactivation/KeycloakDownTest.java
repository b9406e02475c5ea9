package org.careflow.patient.deactivation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.careflow.platform.identity.KeycloakAccounts;
import org.careflow.platform.security.Caller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * While Keycloak cannot be told, nothing is marked: a deactivation answers 503 with the
 * patient still active, and a profile due for anonymisation waits for the next night.
 */
class KeycloakDownTest {

	private static final Instant NOW = Instant.parse("2026-12-01T03:17:00Z");

	private final DeactivationStore store = mock(DeactivationStore.class);

	private final KeycloakAccounts accounts = mock(KeycloakAccounts.class);

	@Test
	void aDeactivationKeycloakCannotTakeChangesNothing() {
		when(this.store.find("p-1")).thenReturn(Optional.of(new PatientState("p-1", null, null, null)));
		doThrow(new IdentityProviderUnavailableException("down", new RuntimeException())).when(this.accounts)
			.disable("p-1");
		PatientDeactivation deactivation = new PatientDeactivation(this.store, this.accounts, mock(AuditTrail.class),
				new RetentionProperties(Duration.ofDays(3650), "0 17 3 * * *"), Clock.fixed(NOW, ZoneOffset.UTC));

		assertThatExceptionOfType(IdentityProviderUnavailableException.class)
			.isThrownBy(() -> deactivation.deactivate(new Caller("admin-1", Set.of("admin")), "p-1"));

		verify(this.store, never()).markDeactivated(anyString(), any(), any());
	}

	@Test
	void aProfileWhoseLoginCannotBeDeletedIsLeftWholeForTheNextRun() {
		when(this.store.dueForAnonymisation(any(), anyInt())).thenReturn(List.of("p-1", "p-2"));
		doThrow(new IdentityProviderUnavailableException("down", new RuntimeException())).when(this.accounts)
			.delete(anyString());

		int anonymised = new Anonymisation(this.store, this.accounts, Clock.fixed(NOW, ZoneOffset.UTC))
			.anonymiseDue(NOW);

		assertThat(anonymised).isZero();
		verify(this.store, never()).anonymise(anyString(), any());
	}

	@Test
	void theRetentionPeriodCannotBeNegative() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RetentionProperties(Duration.ofDays(-1), "0 17 3 * * *"));
	}

}
