package org.careflow.appointment.domain;

import java.time.Instant;
import java.util.Set;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.VisitUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AppointmentTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final Instant START = Instant.parse("2030-01-07T08:00:00Z");

	static final Actor PATIENT = new Actor("patient-1", Set.of("patient"));

	static final Actor DOCTOR = new Actor("doctor-1", Set.of("doctor"));

	static final Actor OTHER_DOCTOR = new Actor("doctor-2", Set.of("doctor"));

	static final Actor NURSE = new Actor("nurse-1", Set.of("nurse"));

	/** 08:00 in Paris on the day of {@link #START}, an hour before it. */
	static final Instant ON_THE_DAY = START.minusSeconds(3600);

	static Appointment booked() {
		return bookedAt(START, "Europe/Paris");
	}

	static Appointment bookedAt(Instant start, String timeZone) {
		return Appointment.book("appt-1", PATIENT.id(),
				new BookedSlot(DOCTOR.id(), start, start.plusSeconds(1800), timeZone), "Cough", NOW);
	}

	static Appointment reloaded(Appointment appointment) {
		return Appointment.restore(appointment.snapshot());
	}

	@Test
	void aBookingHoldsItsSlotRecordsWhoBookedAndRaisesAppointmentBooked() {
		Appointment appointment = booked();

		assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(appointment.slotKey()).isEqualTo("doctor-1|2030-01-07T08:00:00Z");
		assertThat(appointment.snapshot().history()).containsExactly(StatusChange.booked(NOW, PATIENT.id()));
		assertThat(appointment.raisedEvents()).singleElement()
			.isInstanceOfSatisfying(AppointmentBooked.class, event -> {
				assertThat(event.aggregateId()).isEqualTo("appt-1");
				assertThat(event.timeZone()).isEqualTo("Europe/Paris");
				assertThat(event.end()).isEqualTo(START.plusSeconds(1800));
			});
	}

	@Test
	void aStartInThePastCannotBeBooked() {
		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> Appointment.requireFuture(NOW.minusSeconds(60), NOW))
			.withMessageContaining("past");
		assertThatExceptionOfType(AppointmentRuleException.class).isThrownBy(
				() -> Appointment.book("a", "p", new BookedSlot("d", NOW, NOW.plusSeconds(1800), "UTC"), null, NOW));
	}

	@Test
	void onlyItsPatientAndItsDoctorSeeIt() {
		Appointment appointment = booked();

		assertThat(appointment.isVisibleTo(PATIENT)).isTrue();
		assertThat(appointment.isVisibleTo(DOCTOR)).isTrue();
		assertThat(appointment.isVisibleTo(OTHER_DOCTOR)).isFalse();
		assertThat(appointment.isVisibleTo(NURSE)).isFalse();
	}

	@Test
	void cancellingFreesTheSlotKeepsHistoryAndRaisesAppointmentCancelled() {
		Appointment appointment = reloaded(booked());

		appointment.cancel(DOCTOR, "Doctor ill", NOW.plusSeconds(60));

		assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(appointment.slotKey()).isNull();
		assertThat(appointment.snapshot().cancellationReason()).isEqualTo("Doctor ill");
		assertThat(appointment.snapshot().history()).extracting(StatusChange::status, StatusChange::by)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AppointmentStatus.BOOKED, PATIENT.id()),
					org.assertj.core.groups.Tuple.tuple(AppointmentStatus.CANCELLED, DOCTOR.id()));
		assertThat(appointment.raisedEvents()).singleElement()
			.isInstanceOfSatisfying(AppointmentCancelled.class, event -> assertThat(event.start()).isEqualTo(START));
	}

	@Test
	void aCancelledAppointmentCannotBeCancelledAgain() {
		Appointment appointment = booked();
		appointment.cancel(PATIENT, null, NOW);

		assertThatExceptionOfType(AppointmentConflictException.class)
			.isThrownBy(() -> appointment.cancel(PATIENT, null, NOW))
			.withMessageContaining("already cancelled");
	}

	@Test
	void anAppointmentWhoseVisitWasRecordedCannotBeCancelled() {
		Appointment appointment = booked();
		appointment.recordVisit(NURSE, new VisitEntry(120, 80, null, null, null), START);

		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> appointment.cancel(PATIENT, "Too late", START))
			.withMessageContaining("took place");
		assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void aCancelledAppointmentGivesBackItsSlotOnlyWhileTheSlotCanStillBeBooked() {
		Appointment active = booked();
		Appointment cancelled = booked();
		cancelled.cancel(PATIENT, null, NOW);

		assertThat(active.freesABookableSlotAt(NOW)).as("still booked").isFalse();
		assertThat(cancelled.freesABookableSlotAt(NOW)).isTrue();
		assertThat(cancelled.freesABookableSlotAt(START.minusSeconds(1))).isTrue();
		assertThat(cancelled.freesABookableSlotAt(START)).as("the slot has begun").isFalse();
		assertThat(cancelled.slot())
			.isEqualTo(new BookedSlot(DOCTOR.id(), START, START.plusSeconds(1800), "Europe/Paris"));
	}

	@Test
	void strangersCannotCancel() {
		assertThatExceptionOfType(ActionNotAllowedException.class)
			.isThrownBy(() -> booked().cancel(OTHER_DOCTOR, null, NOW));
	}

	@Test
	void itsDoctorRecordsVitalsAndNotesAndTheEventCarriesNoHealthData() {
		Appointment appointment = reloaded(booked());

		appointment.recordVisit(DOCTOR, new VisitEntry(120, 80, 70, 98, "Mild bronchitis"), START);

		Visit visit = appointment.snapshot().visit();
		assertThat(visit).isEqualTo(new Visit(120, 80, 70, 98, "Mild bronchitis", START, DOCTOR.id()));
		assertThat(appointment.raisedEvents()).singleElement().isInstanceOf(VisitUpdated.class);
	}

	@Test
	void aNurseRecordsVitalsAndKeepsTheDoctorsNotes() {
		Appointment appointment = booked();
		appointment.recordVisit(DOCTOR, new VisitEntry(null, null, null, null, "Mild bronchitis"), START);

		appointment.recordVisit(NURSE, new VisitEntry(130, 85, null, 97, null), START.plusSeconds(60));

		Visit visit = appointment.snapshot().visit();
		assertThat(visit.systolic()).isEqualTo(130);
		assertThat(visit.oxygenSaturation()).isEqualTo(97);
		assertThat(visit.notes()).isEqualTo("Mild bronchitis");
		assertThat(visit.recordedBy()).isEqualTo(NURSE.id());
	}

	@Test
	void aNurseMayNotWriteNotes() {
		assertThatExceptionOfType(ActionNotAllowedException.class)
			.isThrownBy(() -> booked().recordVisit(NURSE, new VisitEntry(120, 80, null, null, "notes"), ON_THE_DAY))
			.withMessageContaining("Nurses");
	}

	@Test
	void otherDoctorsAndPatientsMayNotRecordTheVisit() {
		VisitEntry vitals = new VisitEntry(120, 80, null, null, null);

		assertThatExceptionOfType(ActionNotAllowedException.class)
			.isThrownBy(() -> booked().recordVisit(OTHER_DOCTOR, vitals, NOW));
		assertThatExceptionOfType(ActionNotAllowedException.class)
			.isThrownBy(() -> booked().recordVisit(PATIENT, vitals, NOW));
	}

	@Test
	void aCancelledAppointmentHasNoVisitToRecord() {
		Appointment appointment = booked();
		appointment.cancel(PATIENT, null, NOW);

		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> appointment.recordVisit(DOCTOR, new VisitEntry(120, 80, null, null, null), NOW));
	}

	@Test
	void systolicMustStayAboveDiastolicAfterAPartialUpdate() {
		Appointment appointment = booked();
		appointment.recordVisit(NURSE, new VisitEntry(120, 80, null, null, null), START);

		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> appointment.recordVisit(NURSE, new VisitEntry(null, 125, null, null, null), START));
	}

	@ParameterizedTest(name = "start {0} in {1}, now {2}: due today = {3}")
	@CsvSource(nullValues = "none", textBlock = """
			2030-01-07T08:00:00Z, Europe/Paris,     2030-01-07T00:30:00Z, true
			2030-01-07T08:00:00Z, Europe/Paris,     2030-01-07T20:00:00Z, true
			2030-01-07T08:00:00Z, Europe/Paris,     2030-01-06T23:30:00Z, true
			2030-01-07T08:00:00Z, Europe/Paris,     2030-01-06T22:30:00Z, false
			2030-01-07T08:00:00Z, Europe/Paris,     2030-01-08T08:00:00Z, false
			2030-01-07T23:30:00Z, Europe/Paris,     2030-01-07T12:00:00Z, false
			2030-01-07T23:30:00Z, Europe/Paris,     2030-01-08T10:00:00Z, true
			2030-01-08T03:00:00Z, America/New_York, 2030-01-07T15:00:00Z, true
			2030-01-08T03:00:00Z, America/New_York, 2030-01-08T15:00:00Z, false
			2030-01-07T08:00:00Z, none,             2030-01-07T23:59:00Z, true
			2030-01-07T08:00:00Z, none,             2030-01-08T00:00:00Z, false
			2030-01-07T08:00:00Z, Mars/Olympus,     2030-01-07T23:59:00Z, true
			+1000000000-12-31T23:00:00Z, UTC,       2030-01-07T12:00:00Z, false
			""")
	void aNurseSeesTheAppointmentsDueTodayInTheDoctorsTimeZone(Instant start, String zone, Instant now,
			boolean dueToday) {
		Appointment appointment = bookedAt(start, zone);

		assertThat(appointment.isOpenToNurseAt(now)).isEqualTo(dueToday);
		assertThat(appointment.isOpenForVisitBy(NURSE, now)).isEqualTo(dueToday);
		assertThat(appointment.isVisibleTo(NURSE)).as("a nurse never reads the whole appointment").isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			on the day,                     2030-01-07T08:10:00Z, false, false, recorded
			on the day before the start,    2030-01-07T07:00:00Z, false, false, rule broken
			the day before,                 2030-01-06T12:00:00Z, false, false, not allowed
			the day after,                  2030-01-08T07:00:00Z, false, false, not allowed
			on the day but cancelled,       2030-01-07T08:10:00Z, true,  false, rule broken
			on the day with notes,          2030-01-07T08:10:00Z, false, true,  not allowed
			another day cancelled,          2030-01-08T07:00:00Z, true,  false, not allowed
			""")
	void aNurseRecordsVitalsOnlyOnTheDayAndNeverOnACancelledAppointment(String when, Instant now, boolean cancelled,
			boolean withNotes, String outcome) {
		Appointment appointment = booked();
		if (cancelled) {
			appointment.cancel(PATIENT, null, NOW);
		}
		VisitEntry entry = new VisitEntry(120, 80, null, null, withNotes ? "notes" : null);

		switch (outcome) {
			case "recorded" -> {
				appointment.recordVisit(NURSE, entry, now);
				assertThat(appointment.snapshot().visit().recordedBy()).isEqualTo(NURSE.id());
			}
			case "not allowed" -> assertThatExceptionOfType(ActionNotAllowedException.class)
				.isThrownBy(() -> appointment.recordVisit(NURSE, entry, now));
			default -> assertThatExceptionOfType(AppointmentRuleException.class)
				.isThrownBy(() -> appointment.recordVisit(NURSE, entry, now));
		}
	}

	@Test
	void itsDoctorRecordsTheVisitOnAnyDayFromTheStartAndOtherDoctorsNeverSeeIt() {
		Appointment appointment = booked();

		assertThat(appointment.isOpenForVisitBy(DOCTOR, NOW)).isTrue();
		assertThat(appointment.isOpenForVisitBy(OTHER_DOCTOR, ON_THE_DAY)).isFalse();
		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> appointment.recordVisit(DOCTOR, new VisitEntry(null, null, 70, null, null), NOW))
			.withMessageContaining("checked in");
		appointment.recordVisit(DOCTOR, new VisitEntry(null, null, 70, null, null), START.plusSeconds(86_400));
		assertThat(appointment.snapshot().visit().pulse()).isEqualTo(70);
	}

}
