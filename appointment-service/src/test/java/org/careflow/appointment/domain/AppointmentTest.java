package org.careflow.appointment.domain;

import java.time.Instant;
import java.util.Set;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.VisitUpdated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AppointmentTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final Instant START = Instant.parse("2030-01-07T08:00:00Z");

	static final Actor PATIENT = new Actor("patient-1", Set.of("patient"));

	static final Actor DOCTOR = new Actor("doctor-1", Set.of("doctor"));

	static final Actor OTHER_DOCTOR = new Actor("doctor-2", Set.of("doctor"));

	static final Actor NURSE = new Actor("nurse-1", Set.of("nurse"));

	static Appointment booked() {
		return Appointment.book("appt-1", PATIENT.id(),
				new BookedSlot(DOCTOR.id(), START, START.plusSeconds(1800), "Europe/Paris"), "Cough", NOW);
	}

	static Appointment reloaded(Appointment appointment) {
		return Appointment.restore(appointment.snapshot());
	}

	@Test
	void aBookingHoldsItsSlotRecordsWhoBookedAndRaisesAppointmentBooked() {
		Appointment appointment = booked();

		assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(appointment.slotKey()).isEqualTo("doctor-1|2030-01-07T08:00:00Z");
		assertThat(appointment.snapshot().history())
			.containsExactly(new StatusChange(AppointmentStatus.BOOKED, NOW, PATIENT.id()));
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
		appointment.recordVisit(NURSE, new VisitEntry(120, 80, null, null, null), NOW);

		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> appointment.cancel(PATIENT, "Too late", NOW))
			.withMessageContaining("took place");
		assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void strangersCannotCancel() {
		assertThatExceptionOfType(ActionNotAllowedException.class)
			.isThrownBy(() -> booked().cancel(OTHER_DOCTOR, null, NOW));
	}

	@Test
	void itsDoctorRecordsVitalsAndNotesAndTheEventCarriesNoHealthData() {
		Appointment appointment = reloaded(booked());

		appointment.recordVisit(DOCTOR, new VisitEntry(120, 80, 70, 98, "Mild bronchitis"), NOW);

		Visit visit = appointment.snapshot().visit();
		assertThat(visit).isEqualTo(new Visit(120, 80, 70, 98, "Mild bronchitis", NOW, DOCTOR.id()));
		assertThat(appointment.raisedEvents()).singleElement().isInstanceOf(VisitUpdated.class);
	}

	@Test
	void aNurseRecordsVitalsAndKeepsTheDoctorsNotes() {
		Appointment appointment = booked();
		appointment.recordVisit(DOCTOR, new VisitEntry(null, null, null, null, "Mild bronchitis"), NOW);

		appointment.recordVisit(NURSE, new VisitEntry(130, 85, null, 97, null), NOW.plusSeconds(60));

		Visit visit = appointment.snapshot().visit();
		assertThat(visit.systolic()).isEqualTo(130);
		assertThat(visit.oxygenSaturation()).isEqualTo(97);
		assertThat(visit.notes()).isEqualTo("Mild bronchitis");
		assertThat(visit.recordedBy()).isEqualTo(NURSE.id());
	}

	@Test
	void aNurseMayNotWriteNotes() {
		assertThatExceptionOfType(ActionNotAllowedException.class)
			.isThrownBy(() -> booked().recordVisit(NURSE, new VisitEntry(120, 80, null, null, "notes"), NOW))
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
		appointment.recordVisit(NURSE, new VisitEntry(120, 80, null, null, null), NOW);

		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> appointment.recordVisit(NURSE, new VisitEntry(null, 125, null, null, null), NOW));
	}

}
