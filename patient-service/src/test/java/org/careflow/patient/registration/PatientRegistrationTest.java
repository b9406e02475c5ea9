package org.careflow.patient.registration;

import java.time.LocalDate;

import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientDetails;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.AccountRegistration;
import org.careflow.platform.identity.KeycloakAccounts;
import org.careflow.platform.identity.NewAccount;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The patient side of registration; the compensation itself is tested with the platform's
 * {@code AccountRegistration}.
 */
class PatientRegistrationTest {

	private final PatientRepository patients = mock();

	private final KeycloakAccounts keycloak = mock();

	private final PatientRegistration registration = new PatientRegistration(this.patients,
			new AccountRegistration(this.keycloak), this.keycloak);

	private final PatientDetails jane = new PatientDetails("Jane@Example.org", "Jane", "Doe", LocalDate.of(1990, 4, 12),
			"+15550100");

	private final NewAccount janesLogin = new NewAccount("jane@example.org", "s3cret-pw-long", "Jane", "Doe", "patient",
			false);

	@Test
	void aPatientLoginIsCreatedAndItsIdBecomesThePatientId() {
		given(this.keycloak.create(this.janesLogin)).willReturn("kc-1");
		given(this.patients.insert(any(Patient.class))).willAnswer(call -> call.getArgument(0));

		Patient patient = this.registration.register(this.jane, "s3cret-pw-long");

		assertThat(patient.id()).isEqualTo("kc-1");
		assertThat(patient.email()).isEqualTo("jane@example.org");
		assertThat(patient.pendingEvents()).hasSize(1);
	}

	@Test
	void anEmailAlreadyInTheStoreIsRefusedWithoutCreatingALogin() {
		given(this.patients.existsByEmail("jane@example.org")).willReturn(true);

		assertThatThrownBy(() -> this.registration.register(this.jane, "s3cret-pw-long"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.keycloak).shouldHaveNoInteractions();
	}

	@Test
	void anEmailKeycloakAlreadyKnowsIsATakenEmail() {
		given(this.keycloak.create(this.janesLogin)).willThrow(new AccountAlreadyExistsException("jane@example.org"));

		assertThatThrownBy(() -> this.registration.register(this.jane, "s3cret-pw-long"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.patients).should(never()).insert(any(Patient.class));
	}

	@Test
	void aRacingRegistrationOfTheSameEmailIsATakenEmailAndLeavesNoLoginBehind() {
		given(this.keycloak.create(this.janesLogin)).willReturn("kc-2");
		given(this.patients.insert(any(Patient.class))).willThrow(new DuplicateKeyException("email"));

		assertThatThrownBy(() -> this.registration.register(this.jane, "s3cret-pw-long"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.keycloak).should().delete("kc-2");
	}

}
