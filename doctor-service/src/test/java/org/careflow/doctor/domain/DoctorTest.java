package org.careflow.doctor.domain;

import org.careflow.events.DoctorRegistered;
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

}
