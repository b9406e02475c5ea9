package org.careflow.doctor.registration;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorDetails;
import org.careflow.doctor.domain.DoctorRepository;
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

class DoctorRegistrationTest {

	private final DoctorRepository doctors = mock();

	private final DoctorAccounts accounts = mock();

	private final DoctorRegistration registration = new DoctorRegistration(this.doctors, this.accounts);

	private final DoctorDetails house = new DoctorDetails("G.House@Example.org", "Gregory", "House",
			"Internal Medicine");

	@Test
	void theNewLoginsIdBecomesTheDoctorId() {
		given(this.accounts.create("g.house@example.org", "s3cret-pw", "Gregory", "House")).willReturn("kc-1");
		given(this.doctors.insert(any(Doctor.class))).willAnswer(call -> call.getArgument(0));

		Doctor doctor = this.registration.register(this.house, "s3cret-pw");

		assertThat(doctor.id()).isEqualTo("kc-1");
		assertThat(doctor.email()).isEqualTo("g.house@example.org");
		assertThat(doctor.pendingEvents()).hasSize(1);
	}

	@Test
	void anEmailAlreadyInTheStoreIsRefusedWithoutCreatingALogin() {
		given(this.doctors.existsByEmail("g.house@example.org")).willReturn(true);

		assertThatThrownBy(() -> this.registration.register(this.house, "s3cret-pw"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.accounts).shouldHaveNoInteractions();
	}

	@Test
	void anEmailKeycloakAlreadyKnowsStoresNothing() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString()))
			.willThrow(new AccountAlreadyExistsException("g.house@example.org"));

		assertThatThrownBy(() -> this.registration.register(this.house, "s3cret-pw"))
			.isInstanceOf(AccountAlreadyExistsException.class);
		then(this.doctors).should(never()).insert(any(Doctor.class));
	}

	@Test
	void whileKeycloakIsDownNothingIsStored() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString()))
			.willThrow(new IdentityProviderUnavailableException("down", new RuntimeException()));

		assertThatThrownBy(() -> this.registration.register(this.house, "s3cret-pw"))
			.isInstanceOf(IdentityProviderUnavailableException.class);
		then(this.doctors).should(never()).insert(any(Doctor.class));
	}

	@Test
	void whenTheProfileCannotBeSavedTheLoginIsRemovedAgain() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString())).willReturn("kc-1");
		given(this.doctors.insert(any(Doctor.class))).willThrow(new DataAccessResourceFailureException("down"));

		assertThatThrownBy(() -> this.registration.register(this.house, "s3cret-pw"))
			.isInstanceOf(DataAccessResourceFailureException.class);
		then(this.accounts).should().delete("kc-1");
	}

	@Test
	void twoAdminsAddingTheSameEmailAtOnceIsAConflictAndLeavesNoLoginBehind() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString())).willReturn("kc-2");
		given(this.doctors.insert(any(Doctor.class))).willThrow(new DuplicateKeyException("email"));

		assertThatThrownBy(() -> this.registration.register(this.house, "s3cret-pw"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.accounts).should().delete("kc-2");
	}

	@Test
	void aFailedCleanupStillReportsTheOriginalFailure() {
		given(this.accounts.create(anyString(), anyString(), anyString(), anyString())).willReturn("kc-1");
		given(this.doctors.insert(any(Doctor.class))).willThrow(new DataAccessResourceFailureException("down"));
		willThrow(new IdentityProviderUnavailableException("down", new RuntimeException())).given(this.accounts)
			.delete("kc-1");

		assertThatThrownBy(() -> this.registration.register(this.house, "s3cret-pw"))
			.isInstanceOf(DataAccessResourceFailureException.class);
	}

}
