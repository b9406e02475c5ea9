package org.careflow.patient.domain;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileAccessTest {

	@ParameterizedTest
	@ValueSource(strings = { "admin", "doctor", "nurse" })
	void staffMayReadAnyPatientsProfile(String role) {
		assertThat(ProfileAccess.mayView("staff-1", Set.of(role), "p-1")).isTrue();
	}

	@Test
	void aPatientMayReadTheirOwnProfile() {
		assertThat(ProfileAccess.mayView("p-1", Set.of("patient"), "p-1")).isTrue();
	}

	@Test
	void aPatientMayNotReadAnotherPatientsProfile() {
		assertThat(ProfileAccess.mayView("p-2", Set.of("patient"), "p-1")).isFalse();
	}

	@Test
	void aPharmacistMayNotReadProfiles() {
		assertThat(ProfileAccess.mayView("ph-1", Set.of("pharmacist"), "p-1")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "nurse" })
	void nursesAndAdminsChangeAndFindAnyPatient(String role) {
		assertThat(ProfileAccess.mayEdit(Set.of(role), () -> false)).isTrue();
		assertThat(ProfileAccess.maySearch(Set.of(role))).isTrue();
		assertThat(ProfileAccess.searchIsLimitedToCare(Set.of(role))).isFalse();
	}

	@Test
	void aDoctorChangesAndFindsOnlyPatientsInTheirCare() {
		assertThat(ProfileAccess.mayEdit(Set.of("doctor"), () -> true)).isTrue();
		assertThat(ProfileAccess.mayEdit(Set.of("doctor"), () -> false)).isFalse();
		assertThat(ProfileAccess.searchIsLimitedToCare(Set.of("doctor"))).isTrue();
		assertThat(ProfileAccess.searchIsLimitedToCare(Set.of("doctor", "admin"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "patient", "pharmacist", "service" })
	void othersNeitherChangeNorSearchProfiles(String role) {
		assertThat(ProfileAccess.mayEverEdit(Set.of(role))).isFalse();
		assertThat(ProfileAccess.mayEdit(Set.of(role), () -> true)).isFalse();
		assertThat(ProfileAccess.maySearch(Set.of(role))).isFalse();
	}

}
