package org.careflow.notification.messages;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careflow.events.ChartEntryCreated;
import org.careflow.events.PrescriptionCreated;
import org.careflow.events.PrescriptionFilled;
import org.careflow.events.PrescriptionRevoked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The patient's prescription emails: ready, filled, cancelled. They say who, when and
 * what to do, never what was prescribed.
 */
class PrescriptionEmailsTest {

	private static final String JANE = "patient-jane";

	private static final String HOUSE = "doctor-house";

	private static final String PRESCRIPTION = "prescription-1";

	/** Monday 18:59 in New York, Tuesday 00:59 in Paris. */
	private static final Instant VALID_UNTIL = Instant.parse("2026-12-28T23:59:00Z");

	private static final Instant FILLED_AT = Instant.parse("2026-12-01T16:30:00Z");

	private final People people = new People();

	private final MessagePlanner planner = new MessagePlanner(this.people,
			new ActionLinks(ActionLinksTest.signer(FILLED_AT), "https://clinic.example.org"), new CalendarChain() {
				@Override
				public CalendarEventId rescheduled(String appointmentId, String replacesId) {
					throw new AssertionError("a prescription has no calendar event");
				}

				@Override
				public CalendarEventId cancelled(String appointmentId) {
					throw new AssertionError("a prescription has no calendar event");
				}
			}, new CalendarInvite.Organizer("CareFlow", "no-reply@careflow.local"),
			new Clinic("Clinique du Parc", "1 Rue de la Paix, 75002 Paris", null, "Europe/Paris"));

	@Test
	void aWrittenPrescriptionTellsThePatientWhoWroteItUntilWhenItIsValidAndWhatToShowAtThePharmacy() {
		this.people.knowJane(null).knowHouse();

		Email email = this.planner.emailFor(written()).orElseThrow();

		assertThat(email.to()).isEqualTo("jane@example.org");
		assertThat(email.subject()).isEqualTo("Your prescription is ready");
		assertThat(email.body()).startsWith("Hello Jane Doe,")
			.contains("Dr Gregory House has written a prescription for you.")
			.contains("It is valid until Tuesday 29 December 2026 at 00:59 (Europe/Paris).")
			.contains("download it as a PDF by signing in to CareFlow")
			.contains("At the pharmacy, show the printed prescription or its QR code")
			.contains("Prescription reference: prescription-1")
			.contains("\n\nClinique du Parc\n\n--\nClinique du Parc\n1 Rue de la Paix, 75002 Paris\n");
		assertThat(email.html()).contains("It is valid until <strong>Tuesday 29 December 2026 at 00:59 (Europe/Paris)")
			.contains("1 Rue de la Paix, 75002 Paris</p>");
	}

	@Test
	void theValidityIsShownInThePatientsOwnZoneWhenTheyNamedOne() {
		this.people.knowJane("America/New_York").knowHouse();

		Email email = this.planner.emailFor(written()).orElseThrow();

		assertThat(email.body()).contains("valid until Monday 28 December 2026 at 18:59 (America/New_York).")
			.doesNotContain("Europe/Paris");
	}

	@Test
	void aPatientZoneThatIsNoZoneFallsBackToTheClinicsRatherThanToUtc() {
		this.people.knowJane("Mars/Olympus_Mons").knowHouse();

		Email email = this.planner.emailFor(written()).orElseThrow();

		assertThat(email.body()).contains("valid until Tuesday 29 December 2026 at 00:59 (Europe/Paris).");
	}

	@Test
	void thePrescriberIsNamedWithoutTheSpecialtyWhichWouldHintAtWhatItTreats() {
		this.people.knowJane(null).knowHouse();

		Email email = this.planner.emailFor(written()).orElseThrow();

		assertThat(email.body() + email.html()).doesNotContain("Internal Medicine");
	}

	@Test
	void aPrescriptionByADoctorNotKnownYetStillGoesOutWithoutTheName() {
		this.people.knowJane(null);

		Email email = this.planner.emailFor(written()).orElseThrow();

		assertThat(email.body()).contains("Your doctor has written a prescription for you.").doesNotContain("Dr ");
	}

	@Test
	void aFillSaysWhenAndHowManyRefillsRemain() {
		this.people.knowJane(null);

		Email email = this.planner.emailFor(filled(2)).orElseThrow();

		assertThat(email.to()).isEqualTo("jane@example.org");
		assertThat(email.subject()).isEqualTo("Your prescription was filled");
		assertThat(email.body()).contains("filled at the pharmacy on Tuesday 1 December 2026 at 17:30 (Europe/Paris).")
			.contains("Refills remaining: 2.")
			.doesNotContain("No refills remain")
			.contains("Prescription reference: prescription-1");
		assertThat(email.html()).contains("Refills remaining: <strong>2</strong>.");
	}

	@Test
	void theLastFillSaysNoRefillsRemain() {
		this.people.knowJane("Europe/London");

		Email email = this.planner.emailFor(filled(0)).orElseThrow();

		assertThat(email.body()).contains("on Tuesday 1 December 2026 at 16:30 (Europe/London).")
			.contains("No refills remain: if you need more, please ask your doctor.")
			.doesNotContain("Refills remaining");
		assertThat(email.html()).contains("No refills remain").doesNotContain("Refills remaining");
	}

	@Test
	void aCancelledOrVoidedPrescriptionTellsThePatientAPharmacyWillNoLongerAcceptIt() {
		this.people.knowJane(null);

		for (String status : List.of("cancelled", "entered-in-error")) {
			Email email = this.planner
				.emailFor(new PrescriptionRevoked(UUID.randomUUID(), PRESCRIPTION, FILLED_AT, 1, JANE, status))
				.orElseThrow();

			assertThat(email.subject()).as(status).isEqualTo("Your prescription was cancelled");
			assertThat(email.body()).as(status)
				.contains("One of your prescriptions was cancelled on Tuesday 1 December 2026 at 17:30 (Europe/Paris).")
				.contains("A pharmacy will no longer accept it")
				.contains("Prescription reference: prescription-1")
				.doesNotContain("error");
		}
	}

	@Test
	void theEmailsAreFiledUnderThePatientAndNoAppointmentCarryNoLinkAndNoInvite() {
		this.people.knowJane(null).knowHouse();

		List<Email> emails = List.of(this.planner.emailFor(written()).orElseThrow(),
				this.planner.emailFor(filled(1)).orElseThrow(),
				this.planner.emailFor(PrescriptionRevoked.of(PRESCRIPTION, JANE, "cancelled")).orElseThrow());

		assertThat(emails).allSatisfy(email -> {
			assertThat(email.patientId()).isEqualTo(JANE);
			assertThat(email.appointmentId()).isNull();
			assertThat(email.calendarInvite()).isEmpty();
			assertThat(email.suppressed()).as("not a kind the patient can turn off").isFalse();
			assertThat(email.body() + email.html()).doesNotContain("/links/", "appointment");
		});
	}

	@Test
	void thePrescriptionEmailsOfferNoValueThatCouldNameAMedication() {
		// what each may show is pinned: a medication, dose or instruction cannot be added
		// to an email without changing this test
		assertThat(EmailKind.PRESCRIPTION_READY.variables()).containsExactly("recipientName", "clinicName",
				"clinicAddress", "doctor", "validUntil", "prescriptionId");
		assertThat(EmailKind.PRESCRIPTION_FILLED.variables()).containsExactly("recipientName", "clinicName",
				"clinicAddress", "filledAt", "refillsRemaining", "prescriptionId");
		assertThat(EmailKind.PRESCRIPTION_CANCELLED.variables()).containsExactly("recipientName", "clinicName",
				"clinicAddress", "cancelledAt", "prescriptionId");
	}

	@Test
	void aPrescriptionEventForAPatientNotKnownYetIsRefusedSoItCanBeRetried() {
		assertThatExceptionOfType(UnknownPatientException.class).isThrownBy(() -> this.planner.emailFor(written()))
			.withMessageContaining(JANE);
		assertThatExceptionOfType(UnknownPatientException.class).isThrownBy(() -> this.planner.emailFor(filled(1)));
	}

	@Test
	void aNewChartEntrySendsNoEmail() {
		this.people.knowJane(null).knowHouse();

		for (String resourceType : List.of("record", "allergy", "vaccine", "procedure")) {
			assertThat(this.planner.emailFor(ChartEntryCreated.of("entry-1", JANE, resourceType, HOUSE)))
				.as(resourceType)
				.isEmpty();
		}
	}

	private static PrescriptionCreated written() {
		return PrescriptionCreated.of(PRESCRIPTION, JANE, HOUSE, VALID_UNTIL);
	}

	private static PrescriptionFilled filled(int refillsRemaining) {
		return new PrescriptionFilled(UUID.randomUUID(), PRESCRIPTION, FILLED_AT, 1, JANE, "pharmacist-1",
				refillsRemaining);
	}

	/** The patients and doctors this service learned of from their registrations. */
	private static final class People implements Directory {

		private final Map<String, Recipient> patients = new HashMap<>();

		private final Map<String, DoctorName> doctors = new HashMap<>();

		People knowJane(String timeZone) {
			this.patients.put(JANE, new Recipient("jane@example.org", "Jane", "Doe", true, true, timeZone));
			return this;
		}

		People knowHouse() {
			this.doctors.put(HOUSE, new DoctorName("Gregory", "House", "Internal Medicine"));
			return this;
		}

		@Override
		public Optional<Recipient> patient(String patientId) {
			return Optional.ofNullable(this.patients.get(patientId));
		}

		@Override
		public Optional<DoctorName> doctor(String doctorId) {
			return Optional.ofNullable(this.doctors.get(doctorId));
		}

		@Override
		public Optional<Recipient> doctorAddress(String doctorId) {
			return Optional.empty();
		}

	}

}
