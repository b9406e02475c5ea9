package org.careflow.patient.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileFieldsTest {

	@Test
	void aPatientMayChangeTheirContactDetails() {
		Violations violations = new Violations();

		ProfileFields.checkPatientMayChange(List.of("phone", "address", "preferredLanguage", "emergencyContacts"),
				violations);

		assertThat(violations.found()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "firstName", "lastName", "birthDate", "gender", "attendingDoctorId", "departmentId", "id",
			"version" })
	void whatTheClinicReliesOnIsTheStaffsToChange(String field) {
		Violations violations = new Violations();

		ProfileFields.checkPatientMayChange(List.of("phone", field), violations);

		assertThat(violations.found()).containsExactly(new ProfileViolation(field, ProfileFields.STAFF_ONLY_MESSAGE));
	}

	@Test
	void anEmailChangeGoesThroughTheAccountPageSoTheNewAddressIsVerified() {
		Violations violations = new Violations();

		ProfileFields.checkPatientMayChange(List.of("email"), violations);

		assertThat(violations.found()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("email");
			assertThat(violation.message()).contains("account page", "Keycloak", "verifies");
		});
	}

	@Test
	void unknownFieldsAreNamedNeverIgnored() {
		Violations violations = new Violations();

		ProfileFields.checkPatientMayChange(List.of("nickname", "age", "phone"), violations);

		assertThat(violations.found()).extracting(ProfileViolation::field).containsExactly("nickname", "age");
	}

	@Test
	void staffChangeEverythingButTheIdAndTheEmail() {
		Violations violations = new Violations();

		ProfileFields.checkStaffMayChange(
				List.of("firstName", "lastName", "birthDate", "gender", "phone", "address", "preferredLanguage",
						"emergencyContacts", "attendingDoctorId", "departmentId", "version", "id", "email", "shoeSize"),
				violations);

		assertThat(violations.found()).extracting(ProfileViolation::field).containsExactly("id", "email", "shoeSize");
	}

	@Test
	void aBirthDateIsBetween1900AndToday() {
		LocalDate today = LocalDate.of(2026, 12, 1);
		Violations violations = new Violations();

		assertThat(ProfileFields.birthDate("birthDate", today, today, violations)).isEqualTo(today);
		ProfileFields.birthDate("birthDate", today.plusDays(1), today, violations);
		ProfileFields.birthDate("birthDate", LocalDate.of(1899, 12, 31), today, violations);
		ProfileFields.birthDate("birthDate", null, today, violations);

		assertThat(violations.found()).hasSize(3).allMatch((violation) -> violation.field().equals("birthDate"));
	}

}
