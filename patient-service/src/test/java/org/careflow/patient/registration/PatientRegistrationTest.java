package org.careflow.patient.registration;

import java.time.LocalDate;

import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientDetails;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.IdentityProviderUnavailableException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class PatientRegistrationTest {

	private final PatientRepository patients = mock();

	private final PatientAccounts accounts = mock();

	private final PatientRegistration registration = new PatientRegistration(this.patients, this.accounts);

	private final PatientDetails jane = new PatientDetails("Jane@Example.org", "Jane", "Doe", LocalDate.of(1990, 4, 12),
			"+15550100");

	@Test
	void theNewLoginsIdBecomesThePatientId() {
		given(this.accounts.create("jane@example.org", "s3cret-pw", "Jane", "Doe")).willReturn("kc-1");
		given(this.patients.insert(any(Patient.class))).willAnswer(call -> call.getArgument(0));

		Patient patient = this.registration.register(this.jane, "s3cret-pw");

		assertThat(patient.id()).isEqualTo("kc-1");
		assertThat(patient.email()).isEqualTo("jane@example.org");
		assertThat(patient.pendingEvents()).hasSize(1);
	}

	@Test
	void anEmailAlreadyInTheStoreIsRefusedWithoutCreatingALogin() {
		given(this.patients.existsByEmail("jane@example.org")).willReturn(true);

		assertThatThrownBy(() -> this.registration.register(this.jane, "s3cret-pw"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.accounts).shouldHaveNoInteractions();
	}

	@Test
	void anEmailKeycloakAlreadyKnowsStoresNothing() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString()))
			.willThrow(new AccountAlreadyExistsException("jane@example.org"));

		assertThatThrownBy(() -> this.registration.register(this.jane, "s3cret-pw"))
			.isInstanceOf(AccountAlreadyExistsException.class);
		then(this.patients).should(never()).insert(any(Patient.class));
	}

	@Test
	void whileKeycloakIsDownNothingIsStored() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString()))
			.willThrow(new IdentityProviderUnavailableException("down", new RuntimeException()));

		assertThatThrownBy(() -> this.registration.register(this.jane, "s3cret-pw"))
			.isInstanceOf(IdentityProviderUnavailableException.class);
		then(this.patients).should(never()).insert(any(Patient.class));
	}

	@Test
	void whenTheProfileCannotBeSavedTheLoginIsRemovedAgain() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString())).willReturn("kc-1");
		given(this.patients.insert(any(Patient.class))).willThrow(new DataAccessResourceFailureException("down"));

		assertThatThrownBy(() -> this.registration.register(this.jane, "s3cret-pw"))
			.isInstanceOf(DataAccessResourceFailureException.class);
		then(this.accounts).should().delete("kc-1");
	}

	@Test
	void aRacingRegistrationOfTheSameEmailIsAConflictAndLeavesNoLoginBehind() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString())).willReturn("kc-2");
		given(this.patients.insert(any(Patient.class))).willThrow(new DuplicateKeyException("email"));

		assertThatThrownBy(() -> this.registration.register(this.jane, "s3cret-pw"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.accounts).should().delete("kc-2");
	}

	@Test
	void aFailedCleanupStillReportsTheOriginalFailure() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString())).willReturn("kc-1");
		given(this.patients.insert(any(Patient.class))).willThrow(new DataAccessResourceFailureException("down"));
		willThrow(new IdentityProviderUnavailableException("down", new RuntimeException())).given(this.accounts)
			.delete("kc-1");

		assertThatThrownBy(() -> this.registration.register(this.jane, "s3cret-pw"))
			.isInstanceOf(DataAccessResourceFailureException.class);
	}

}
