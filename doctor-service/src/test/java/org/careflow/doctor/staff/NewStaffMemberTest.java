package org.careflow.doctor.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules between a new staff member's fields, and its canonical form. */
class NewStaffMemberTest {

	@Test
	void aCompleteNursePharmacistAndDoctorBreakNoRule() {
		assertThat(StaffTestData.nurse().member().violations()).isEmpty();
		assertThat(StaffTestData.pharmacist().member().violations()).isEmpty();
		assertThat(StaffTestData.doctor().member().violations()).isEmpty();
	}

	@Test
	void doctorsAndPharmacistsNeedALicenceNumberNursesMayHaveOne() {
		assertThat(StaffTestData.with(StaffTestData.doctor(), "licenseNumber", null).member().violations())
			.containsExactly(new Violation("licenseNumber", "is required for role doctor"));
		assertThat(StaffTestData.with(StaffTestData.pharmacist(), "licenseNumber", "  ").member().violations())
			.containsExactly(new Violation("licenseNumber", "is required for role pharmacist"));
		assertThat(StaffTestData.with(StaffTestData.nurse(), "licenseNumber", "RN-1").member().violations()).isEmpty();
	}

	@Test
	void onlyADoctorHasASpecialtyAndADoctorMustHaveOne() {
		assertThat(StaffTestData.with(StaffTestData.doctor(), "specialty", " ").member().violations())
			.containsExactly(new Violation("specialty", "is required for role doctor"));
		assertThat(StaffTestData.with(StaffTestData.nurse(), "specialty", "Cardiology").member().violations())
			.containsExactly(new Violation("specialty", "is only for role doctor"));
	}

	@Test
	void theEmailIsKeptAsKeycloakKeepsUsernamesAndTheLoginHasNoPasswordButAVouchedAddress() {
		NewStaffMember nurse = StaffTestData.with(StaffTestData.nurse(), "firstName", "  Florence ").member();

		assertThat(nurse.email()).isEqualTo("n.nightingale@example.org");
		assertThat(nurse.firstName()).isEqualTo("Florence");
		assertThat(nurse.account().password()).isNull();
		assertThat(nurse.account().emailVerified()).isTrue();
		assertThat(nurse.account().realmRole()).isEqualTo("nurse");
	}

	@Test
	void theRoleNamesAreTheRealmRolesAndAdminIsNotOne() {
		assertThat(StaffRole.of("doctor")).contains(StaffRole.DOCTOR);
		assertThat(StaffRole.of("pharmacist")).contains(StaffRole.PHARMACIST);
		assertThat(StaffRole.of("admin")).isEmpty();
		assertThat(StaffRole.of("Nurse")).isEmpty();
	}

}
