package org.careflow.patient.domain;

import java.time.LocalDate;
import java.util.List;

import org.careflow.events.PatientRegistered;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;
import org.careflow.platform.outbox.PendingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatientTest {

	static PatientDetails jane() {
		return new PatientDetails("  Jane.Doe@Example.ORG ", "Jane", "Doe", LocalDate.of(1990, 4, 12), "+15550100");
	}

	@Test
	void emailIsStoredInOneCanonicalFormSoCaseVariantsAreTheSamePatient() {
		assertThat(jane().email()).isEqualTo("jane.doe@example.org");
		assertThat(Patient.register("p-1", jane()).email()).isEqualTo("jane.doe@example.org");
	}

	@Test
	void registeringAnnouncesThePatientOnThePatientsTopicInTheSameDocument() {
		Patient patient = Patient.register("p-1", jane());

		assertThat(patient.pendingEvents()).singleElement().satisfies(pending -> {
			assertThat(pending.topic()).isEqualTo(Topics.PATIENTS);
			assertThat(pending.key()).isEqualTo("p-1");
			assertThat(pending.type()).isEqualTo(PatientRegistered.TYPE);
		});
	}

	@Test
	void theAnnouncementCarriesWhoRegisteredAndWhen() {
		Patient patient = Patient.register("p-1", jane());
		PendingEvent pending = patient.pendingEvents().get(0);

		PatientRegistered event = (PatientRegistered) EventJson.read(pending.payload()).orElseThrow();

		assertThat(event.aggregateId()).isEqualTo("p-1");
		assertThat(event.email()).isEqualTo("jane.doe@example.org");
		assertThat(event.firstName()).isEqualTo("Jane");
		assertThat(event.lastName()).isEqualTo("Doe");
		assertThat(event.occurredAt()).isEqualTo(patient.registeredAt());
		assertThat(pending.eventId()).isEqualTo(event.eventId().toString());
	}

	@Test
	void onlyANewNameOrAddressIsAnnouncedToTheServicesThatKeepThem() {
		Patient before = Patient.register("p-1", jane());
		Patient newPhone = before.with(new ContactDetails("+15550199", null, "fr", List.of()));
		Patient moved = before.withEmail("jane@new.example.org");

		assertThat(newPhone.updatedSince(before)).as("a phone is nobody else's business").isEmpty();
		assertThat(moved.updatedSince(before)).hasValueSatisfying((event) -> {
			assertThat(event.aggregateId()).isEqualTo("p-1");
			assertThat(event.email()).isEqualTo("jane@new.example.org");
			assertThat(event.firstName()).isEqualTo("Jane");
			assertThat(event.lastName()).isEqualTo("Doe");
		});
	}

	@Test
	void theLoginsAddressDiffersOnlyWhenItIsAnotherAddress() {
		Patient jane = Patient.register("p-1", jane());

		assertThat(jane.hasOtherEmailThan("JANE.DOE@example.org")).isFalse();
		assertThat(jane.hasOtherEmailThan(null)).isFalse();
		assertThat(jane.hasOtherEmailThan(" ")).isFalse();
		assertThat(jane.hasOtherEmailThan("jane@new.example.org")).isTrue();
	}

}
