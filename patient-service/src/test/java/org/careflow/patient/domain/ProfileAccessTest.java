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

}
