package org.careflow.doctor.domain;

import java.time.Instant;
import java.util.List;

import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;
import org.careflow.platform.outbox.PendingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DoctorTest {

	private final DoctorDetails house = new DoctorDetails(" G.House@Example.ORG", " Gregory ", "House ",
			" Internal Medicine ");

	@Test
	void detailsAreStoredInCanonicalForm() {
		assertThat(this.house)
			.isEqualTo(new DoctorDetails("g.house@example.org", "Gregory", "House", "Internal Medicine"));
	}

	@Test
	void addingADoctorAnnouncesThemOnTheDoctorsTopicInTheSameDocument() {
		Doctor doctor = Doctor.register("d-1", this.house);

		assertThat(doctor.pendingEvents()).singleElement().satisfies(pending -> {
			assertThat(pending.topic()).isEqualTo(Topics.DOCTORS);
			assertThat(pending.key()).isEqualTo("d-1");
			assertThat(pending.type()).isEqualTo(DoctorRegistered.TYPE);
		});
	}

	@Test
	void theAnnouncementCarriesTheDoctorsNameAndSpecialty() {
		Doctor doctor = Doctor.register("d-1", this.house);
		PendingEvent pending = doctor.pendingEvents().get(0);

		DoctorRegistered event = (DoctorRegistered) EventJson.read(pending.payload()).orElseThrow();

		assertThat(event.aggregateId()).isEqualTo("d-1");
		assertThat(event.email()).isEqualTo("g.house@example.org");
		assertThat(event.firstName()).isEqualTo("Gregory");
		assertThat(event.lastName()).isEqualTo("House");
		assertThat(event.specialty()).isEqualTo("Internal Medicine");
		assertThat(event.occurredAt()).isEqualTo(doctor.registeredAt());
		assertThat(pending.eventId()).isEqualTo(event.eventId().toString());
	}

	@Test
	void aDoctorStoredBeforeProfilesAndVersionsReadsAsActiveAtVersionZeroWithAnEmptyProfile() {
		Doctor old = new Doctor("d-1", "g.house@example.org", "Gregory", "House", "Internal Medicine", null, null, null,
				null, null, null, null);

		assertThat(old.active()).isTrue();
		assertThat(old.version()).isZero();
		assertThat(old.profile()).isEqualTo(DoctorProfile.EMPTY);
		assertThat(Doctor.register("d-1", this.house).version()).isZero();
	}

	@Test
	void aChangeOfDepartmentIsAnnouncedWithTheWholePublicProfile() {
		Doctor before = DoctorTestData.house();

		DoctorUpdated event = before.withDepartment("dep-9").updatedSince(before).orElseThrow();

		assertThat(event.aggregateId()).isEqualTo("d-1");
		assertThat(event.departmentId()).isEqualTo("dep-9");
		assertThat(event.firstName()).isEqualTo("Gregory");
		assertThat(event.lastName()).isEqualTo("House");
		assertThat(event.specialty()).isEqualTo("Internal Medicine");
		assertThat(event.active()).isTrue();
		assertThat(event.type()).isEqualTo("doctor.updated");
	}

	@Test
	void leavingADepartmentAndChangingNamesOrSpecialtyAreAnnouncedToo() {
		Doctor before = DoctorTestData.houseWithProfile();

		assertThat(before.withDepartment(null).updatedSince(before)).get()
			.extracting(DoctorUpdated::departmentId)
			.isNull();
		assertThat(before.withAdministrativeDetails("Greg", "House", "Internal Medicine", "CH-12345", before.profile())
			.updatedSince(before)).isPresent();
		assertThat(before.withAdministrativeDetails("Gregory", "House", "Diagnostics", "CH-12345", before.profile())
			.updatedSince(before)).isPresent();
	}

	@Test
	void whatOtherServicesDoNotKeepIsNotAnnounced() {
		Doctor before = DoctorTestData.houseWithProfile();
		Doctor bioAndLicense = before.withAdministrativeDetails("Gregory", "House", "Internal Medicine", "CH-9",
				new DoctorProfile("New bio", null, List.of("fr")));

		assertThat(bioAndLicense.updatedSince(before)).isEmpty();
		assertThat(before.withDepartment("dep-1").updatedSince(before)).isEmpty();
	}

	@Test
	void aDeactivatedDoctorIsAnnouncedAsInactiveOnceOnly() {
		Doctor before = DoctorTestData.houseWithProfile();
		Instant now = Instant.parse("2026-12-01T10:00:00Z");

		Doctor deactivated = before.deactivated(now);

		assertThat(deactivated.active()).isFalse();
		assertThat(deactivated.deactivatedAt()).isEqualTo(now);
		assertThat(deactivated.updatedSince(before)).get().extracting(DoctorUpdated::active).isEqualTo(false);
		assertThat(deactivated.deactivated(now.plusSeconds(60))).isSameAs(deactivated);
	}

	@Test
	void onlyTheDoctorThemselfAndAdminsSeeThePrivateDetails() {
		Doctor house = DoctorTestData.house();

		assertThat(house.showsPrivateDetailsTo("d-1", false)).isTrue();
		assertThat(house.showsPrivateDetailsTo("someone-else", true)).isTrue();
		assertThat(house.showsPrivateDetailsTo("someone-else", false)).isFalse();
	}

}
