package org.careflow.appointment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentRescheduled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.careflow.appointment.domain.AppointmentLifecycleTest.ADMIN;
import static org.careflow.appointment.domain.AppointmentTest.DOCTOR;
import static org.careflow.appointment.domain.AppointmentTest.NOW;
import static org.careflow.appointment.domain.AppointmentTest.NURSE;
import static org.careflow.appointment.domain.AppointmentTest.OTHER_DOCTOR;
import static org.careflow.appointment.domain.AppointmentTest.PATIENT;
import static org.careflow.appointment.domain.AppointmentTest.START;
import static org.careflow.appointment.domain.AppointmentTest.booked;
import static org.careflow.appointment.domain.AppointmentTest.reloaded;

/**
 * A reschedule replaces a booked appointment by a new one in another slot of its doctor;
 * a withdrawal is CareFlow cancelling one because the doctor is unavailable.
 */
class AppointmentRescheduleTest {

	static final Instant LATER = START.plus(Duration.ofDays(2));

	static final BookedSlot NEW_SLOT = new BookedSlot(DOCTOR.id(), LATER, LATER.plusSeconds(1800), "Europe/Paris");

	@Test
	void theNewAppointmentPointsBackAndTheOldOneIsCancelledAsReplacedWithOneEventCarryingBothTimes() {
		Appointment old = reloaded(booked());

		Appointment next = old.rescheduleTo("appt-2", NEW_SLOT, PATIENT, NOW);

		assertThat(next.status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(next.start()).isEqualTo(LATER);
		assertThat(next.replaces()).isEqualTo(old.id());
		assertThat(next.snapshot().reason()).as("the visit's reason goes along").isEqualTo("Cough");
		assertThat(next.raisedEvents()).singleElement().isInstanceOfSatisfying(AppointmentRescheduled.class, moved -> {
			assertThat(moved.aggregateId()).isEqualTo("appt-2");
			assertThat(moved.replacesId()).isEqualTo(old.id());
			assertThat(moved.start()).isEqualTo(LATER);
			assertThat(moved.previousStart()).isEqualTo(START);
			assertThat(moved.previousEnd()).isEqualTo(START.plusSeconds(1800));
		});
		assertThat(old.status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(old.snapshot().replacedBy()).isEqualTo("appt-2");
		assertThat(old.snapshot().cancellationReason()).isEqualTo(Appointment.RESCHEDULED);
		assertThat(old.snapshot().history()).last()
			.isEqualTo(new StatusChange(AppointmentStatus.CANCELLED, NOW, PATIENT.id(), AppointmentStatus.BOOKED,
					"rescheduled"));
		assertThat(old.raisedEvents()).as("the new appointment's event frees the old slot").isEmpty();
		assertThat(old.slotKey()).isNull();
	}

	@ParameterizedTest
	@EnumSource(value = AppointmentStatus.class, names = "BOOKED", mode = EnumSource.Mode.EXCLUDE)
	void onlyABookedAppointmentCanBeRescheduled(AppointmentStatus status) {
		Appointment appointment = AppointmentLifecycleTest.in(status);

		assertThatExceptionOfType(AppointmentConflictException.class)
			.isThrownBy(() -> appointment.rescheduleTo("appt-2", NEW_SLOT, ADMIN, NOW));
		assertThat(appointment.status()).isEqualTo(status);
	}

	@ParameterizedTest(name = "{0}: allowed = {1}")
	@CsvSource(textBlock = """
			patient,      true
			doctor,       true
			admin,        true
			other-doctor, false
			nurse,        false
			other-patient, false
			""")
	void itsPatientItsDoctorAndAdminsMayReschedule(String who, boolean allowed) {
		Actor actor = switch (who) {
			case "patient" -> PATIENT;
			case "doctor" -> DOCTOR;
			case "admin" -> ADMIN;
			case "other-doctor" -> OTHER_DOCTOR;
			case "nurse" -> NURSE;
			default -> new Actor("patient-2", Set.of("patient"));
		};
		Appointment appointment = booked();

		if (allowed) {
			assertThat(appointment.rescheduleTo("appt-2", NEW_SLOT, actor, NOW).status())
				.isEqualTo(AppointmentStatus.BOOKED);
		}
		else {
			assertThatExceptionOfType(ActionNotAllowedException.class)
				.isThrownBy(() -> appointment.requireReschedulableBy(actor, LATER));
			assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
		}
	}

	@Test
	void theSameStartAnotherDoctorOrThePastIsRefused() {
		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> booked().requireReschedulableBy(PATIENT, START))
			.withMessageContaining("already starts");
		BookedSlot otherDoctors = new BookedSlot(OTHER_DOCTOR.id(), LATER, LATER.plusSeconds(1800), "UTC");
		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> booked().rescheduleTo("appt-2", otherDoctors, PATIENT, NOW));
		BookedSlot past = new BookedSlot(DOCTOR.id(), NOW.minusSeconds(60), NOW.plusSeconds(1740), "UTC");
		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> booked().rescheduleTo("appt-2", past, PATIENT, NOW));
	}

	@Test
	void anInterruptedRescheduleIsFinishedOnTheStoredOriginal() {
		Appointment stored = booked();

		stored.markReplacedBy("appt-2", Actor.CAREFLOW, NOW);

		assertThat(stored.status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(stored.snapshot().replacedBy()).isEqualTo("appt-2");
		assertThat(stored.snapshot().history()).last().extracting(StatusChange::by).isEqualTo("appointment-service");
	}

	@Test
	void aWithdrawalCancelsABookedAppointmentForTheDoctorBeingUnavailableAndTellsThePatient() {
		Appointment appointment = reloaded(booked());

		assertThat(appointment.withdraw(Appointment.DOCTOR_UNAVAILABLE, NOW)).isTrue();

		assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(appointment.snapshot().cancellationReason()).isEqualTo("doctor unavailable");
		assertThat(appointment.raisedEvents()).singleElement().isInstanceOf(AppointmentCancelled.class);
	}

	@ParameterizedTest
	@EnumSource(value = AppointmentStatus.class, names = "BOOKED", mode = EnumSource.Mode.EXCLUDE)
	void aWithdrawalLeavesAnAppointmentNoLongerBookedAlone(AppointmentStatus status) {
		Appointment appointment = AppointmentLifecycleTest.in(status);
		List<StatusChange> before = appointment.snapshot().history();

		assertThat(appointment.withdraw(Appointment.DOCTOR_UNAVAILABLE, NOW)).isFalse();

		assertThat(appointment.status()).isEqualTo(status);
		assertThat(appointment.snapshot().history()).isEqualTo(before);
		assertThat(appointment.raisedEvents()).isEmpty();
	}

}
