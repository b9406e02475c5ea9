package org.careflow.scheduling.doctors;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A doctor's listing follows the latest profile (an older event changes nothing), finds
 * them under their specialty and current department while they are active, and leaves
 * them out of every search once deactivated or retired.
 */
class DoctorListingTest {

	static final Instant T1 = Instant.parse("2030-01-01T10:00:00Z");

	static final Instant T2 = Instant.parse("2030-01-02T10:00:00Z");

	final DoctorListing house = DoctorListing.updated("d-1", " Cardiology ", "dep-a", true, T1);

	@Test
	void anActiveDoctorIsFoundUnderTheirSpecialtyInLowerCaseAndTheirDepartment() {
		assertThat(this.house.listed()).isTrue();
		assertThat(this.house.specialtyKey()).isEqualTo("cardiology|d-1");
		assertThat(this.house.departmentKey()).isEqualTo("dep-a|d-1");
		assertThat(DoctorListing.registered("d-2", "Dermatology", T1).departmentKey()).isNull();
	}

	@Test
	void aDoctorMovedToAnotherDepartmentIsFoundUnderTheNewOne() {
		DoctorListing moved = this.house.withProfile("Cardiology", "dep-b", true, T2).orElseThrow();

		assertThat(moved.departmentKey()).isEqualTo("dep-b|d-1");
		assertThat(moved.withProfile("Cardiology", null, true, T2.plusSeconds(1)).orElseThrow().departmentKey())
			.isNull();
	}

	@Test
	void anOlderOrEquallyOldProfileChangesNothing() {
		DoctorListing moved = this.house.withProfile("Neurology", "dep-b", false, T2).orElseThrow();

		assertThat(moved.withProfile("Cardiology", "dep-a", true, T1)).isEmpty();
		assertThat(moved.withProfile("Cardiology", "dep-a", true, T2)).isEmpty();
		assertThat(moved.withRegistration("Cardiology", T1)).isEmpty();
		assertThat(this.house.withRegistration("Neurology", T2).orElseThrow().specialty()).isEqualTo("Neurology");
	}

	@Test
	void aDeactivatedDoctorIsInNoSearch() {
		DoctorListing inactive = this.house.withProfile("Cardiology", "dep-a", false, T2).orElseThrow();

		assertThat(inactive.listed()).isFalse();
		assertThat(inactive.specialtyKey()).isEqualTo("#|d-1");
		assertThat(inactive.departmentKey()).isNull();
	}

	@Test
	void aRetiredDoctorStaysOutOfSearchesWhateverProfileFollows() {
		DoctorListing retired = this.house.retire();

		assertThat(retired.listed()).isFalse();
		assertThat(retired.withProfile("Cardiology", "dep-a", true, T2).orElseThrow().listed()).isFalse();
		assertThat(DoctorListing.retiredUnknown("d-9").listed()).isFalse();
	}

	@Test
	void aDoctorStoredBeforeDeactivationExistedIsListed() {
		assertThat(new DoctorListing("d-1", "Cardiology", null, null, null, null).listed()).isTrue();
	}

}
