package org.careflow.doctor.registration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorDetails;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.platform.identity.AccountAlreadyExistsException;
import org.careflow.platform.identity.AccountRegistration;
import org.careflow.platform.identity.KeycloakAccounts;
import org.careflow.platform.identity.NewAccount;
import org.careflow.platform.outbox.PendingEvent;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The doctor side of adding a doctor; the compensation itself is tested with the
 * platform's {@code AccountRegistration}.
 */
class DoctorRegistrationTest {

	private final DoctorRepository doctors = mock();

	private final KeycloakAccounts keycloak = mock();

	private final DoctorRegistration registration = new DoctorRegistration(this.doctors,
			new AccountRegistration(this.keycloak));

	private final DoctorDetails house = new DoctorDetails("G.House@Example.org", "Gregory", "House",
			"Internal Medicine");

	private final NewAccount housesLogin = new NewAccount("g.house@example.org", "s3cret-pw-long", "Gregory", "House",
			"doctor", true);

	@Test
	void aDoctorLoginIsCreatedAndItsIdBecomesTheDoctorId() {
		given(this.keycloak.create(this.housesLogin)).willReturn("kc-1");
		given(this.doctors.insert(any(Doctor.class))).willAnswer(call -> call.getArgument(0));

		Doctor doctor = this.registration.register(this.house, "s3cret-pw-long");

		assertThat(doctor.id()).isEqualTo("kc-1");
		assertThat(doctor.email()).isEqualTo("g.house@example.org");
		assertThat(doctor.pendingEvents()).hasSize(1);
	}

	@Test
	void anEmailAlreadyInTheStoreIsRefusedWithoutCreatingALogin() {
		given(this.doctors.existsByEmail("g.house@example.org")).willReturn(true);

		assertThatThrownBy(() -> this.registration.register(this.house, "s3cret-pw-long"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.keycloak).shouldHaveNoInteractions();
	}

	@Test
	void anEmailKeycloakAlreadyKnowsIsATakenEmail() {
		given(this.keycloak.create(this.housesLogin))
			.willThrow(new AccountAlreadyExistsException("g.house@example.org"));

		assertThatThrownBy(() -> this.registration.register(this.house, "s3cret-pw-long"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.doctors).should(never()).insert(any(Doctor.class));
	}

	@Test
	void twoAdminsAddingTheSameEmailAtOnceIsAConflictAndLeavesNoLoginBehind() {
		given(this.keycloak.create(this.housesLogin)).willReturn("kc-2");
		given(this.doctors.insert(any(Doctor.class))).willThrow(new DuplicateKeyException("email"));

		assertThatThrownBy(() -> this.registration.register(this.house, "s3cret-pw-long"))
			.isInstanceOf(EmailAlreadyRegisteredException.class);
		then(this.keycloak).should().delete("kc-2");
	}

	@Test
	void anInvitedDoctorWhoseProfileFailsLeavesNeitherTheRecordAlongsideNorALogin() {
		NewAccount invited = new NewAccount("g.house@example.org", null, "Gregory", "House", "doctor", true);
		given(this.keycloak.createInvited(invited, Duration.ofHours(72))).willReturn("kc-3");
		given(this.doctors.insert(any(Doctor.class))).willThrow(new DataAccessResourceFailureException("down"));
		List<String> alongside = new ArrayList<>();

		assertThatThrownBy(() -> this.registration.invite(this.house, "dep-1", Duration.ofHours(72),
				new DoctorRegistration.AlongsideRecord() {
					@Override
					public void insert(String doctorId) {
						alongside.add(doctorId);
					}

					@Override
					public void remove(String doctorId) {
						alongside.remove(doctorId);
					}
				}))
			.isInstanceOf(DataAccessResourceFailureException.class);
		assertThat(alongside).isEmpty();
		then(this.keycloak).should().delete("kc-3");
	}

	@Test
	void anInvitedDoctorIsStoredInTheirDepartmentWithoutAPasswordEverBeingSet() {
		NewAccount invited = new NewAccount("g.house@example.org", null, "Gregory", "House", "doctor", true);
		given(this.keycloak.createInvited(invited, Duration.ofHours(72))).willReturn("kc-4");
		given(this.doctors.insert(any(Doctor.class))).willAnswer(call -> call.getArgument(0));

		Doctor doctor = this.registration.invite(this.house, "dep-1", Duration.ofHours(72),
				new DoctorRegistration.AlongsideRecord() {
					@Override
					public void insert(String doctorId) {
					}

					@Override
					public void remove(String doctorId) {
					}
				});

		assertThat(doctor.id()).isEqualTo("kc-4");
		assertThat(doctor.departmentId()).isEqualTo("dep-1");
		assertThat(doctor.pendingEvents()).as("doctor.registered, then doctor.updated naming the department")
			.extracting(PendingEvent::type)
			.containsExactly("doctor.registered", "doctor.updated");
		then(this.keycloak).should(never()).create(any());
	}

}
