package org.careflow.appointment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentFulfilled;
import org.careflow.events.AppointmentNoShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.careflow.appointment.domain.AppointmentTest.DOCTOR;
import static org.careflow.appointment.domain.AppointmentTest.NOW;
import static org.careflow.appointment.domain.AppointmentTest.NURSE;
import static org.careflow.appointment.domain.AppointmentTest.OTHER_DOCTOR;
import static org.careflow.appointment.domain.AppointmentTest.PATIENT;
import static org.careflow.appointment.domain.AppointmentTest.START;
import static org.careflow.appointment.domain.AppointmentTest.booked;
import static org.careflow.appointment.domain.AppointmentTest.reloaded;

/**
 * The appointment's day: {@code booked → arrived → fulfilled}, or {@code cancelled} or
 * {@code noshow} from {@code booked}; who may take each step, and when.
 */
class AppointmentLifecycleTest {

	static final Duration OPENS_BEFORE = Duration.ofMinutes(60);

	static final Actor ADMIN = new Actor("admin-1", Set.of("admin"));

	static final Instant CHECK_IN_TIME = START.minus(Duration.ofMinutes(30));

	static final Instant AFTER_START = START.plus(Duration.ofMinutes(20));

	/**
	 * The start of the appointment {@link AppointmentTest#booked()} plus its 30 minutes.
	 */
	static final Instant END = START.plus(Duration.ofMinutes(30));

	@ParameterizedTest(name = "{0} + {1} -> {2}")
	@CsvSource(textBlock = """
			BOOKED,    check-in, ARRIVED
			BOOKED,    complete, conflict
			BOOKED,    no-show,  NOSHOW
			BOOKED,    cancel,   CANCELLED
			ARRIVED,   check-in, conflict
			ARRIVED,   complete, FULFILLED
			ARRIVED,   no-show,  conflict
			ARRIVED,   cancel,   conflict
			FULFILLED, check-in, conflict
			FULFILLED, complete, conflict
			FULFILLED, no-show,  conflict
			FULFILLED, cancel,   conflict
			CANCELLED, check-in, conflict
			CANCELLED, complete, conflict
			CANCELLED, no-show,  conflict
			CANCELLED, cancel,   conflict
			NOSHOW,    check-in, conflict
			NOSHOW,    complete, conflict
			NOSHOW,    no-show,  conflict
			NOSHOW,    cancel,   conflict
			BOOKED,    error,    ENTERED_IN_ERROR
			ARRIVED,   error,    ENTERED_IN_ERROR
			FULFILLED, error,    ENTERED_IN_ERROR
			CANCELLED, error,    ENTERED_IN_ERROR
			NOSHOW,    error,    ENTERED_IN_ERROR
			ENTERED_IN_ERROR, error,    conflict
			ENTERED_IN_ERROR, check-in, conflict
			ENTERED_IN_ERROR, complete, conflict
			ENTERED_IN_ERROR, no-show,  conflict
			ENTERED_IN_ERROR, cancel,   conflict
			""")
	void everyStatusAllowsOnlyItsNextSteps(AppointmentStatus from, String action, String outcome) {
		Appointment appointment = in(from);

		if (outcome.equals("conflict")) {
			assertThatExceptionOfType(AppointmentConflictException.class).isThrownBy(() -> take(action, appointment));
			assertThat(appointment.status()).isEqualTo(from);
			assertThat(appointment.raisedEvents()).isEmpty();
		}
		else {
			take(action, appointment);
			assertThat(appointment.status()).isEqualTo(AppointmentStatus.valueOf(outcome));
			assertThat(appointment.snapshot().history()).last()
				.satisfies(step -> assertThat(step.from()).isEqualTo(from));
			assertThat(appointment.raisedEvents()).hasSize(1);
		}
	}

	@ParameterizedTest(name = "{0} by {1}: allowed = {2}")
	@CsvSource(textBlock = """
			check-in, patient,      false
			check-in, doctor,       true
			check-in, other-doctor, false
			check-in, nurse,        true
			check-in, admin,        true
			complete, patient,      false
			complete, doctor,       true
			complete, other-doctor, false
			complete, nurse,        false
			complete, admin,        false
			no-show,  patient,      false
			no-show,  doctor,       true
			no-show,  other-doctor, false
			no-show,  nurse,        true
			no-show,  admin,        true
			error,    patient,      false
			error,    doctor,       true
			error,    other-doctor, false
			error,    nurse,        false
			error,    admin,        true
			""")
	void eachStepHasItsPeople(String action, String who, boolean allowed) {
		Actor actor = switch (who) {
			case "patient" -> PATIENT;
			case "doctor" -> DOCTOR;
			case "other-doctor" -> OTHER_DOCTOR;
			case "nurse" -> NURSE;
			default -> ADMIN;
		};
		Appointment appointment = in(action.equals("complete") ? AppointmentStatus.ARRIVED : AppointmentStatus.BOOKED);

		Runnable step = switch (action) {
			case "check-in" -> () -> appointment.checkIn(actor, OPENS_BEFORE, CHECK_IN_TIME);
			case "complete" -> () -> appointment.complete(actor, AFTER_START);
			case "error" -> () -> appointment.enterInError(actor, "Duplicate", NOW);
			default -> () -> appointment.markNoShow(actor, AFTER_START);
		};
		if (allowed) {
			step.run();
			assertThat(appointment.snapshot().history()).last().extracting(StatusChange::by).isEqualTo(actor.id());
		}
		else {
			assertThatExceptionOfType(ActionNotAllowedException.class).isThrownBy(step::run);
		}
	}

	@ParameterizedTest(name = "check-in at start {0} min: open = {1}")
	@CsvSource(textBlock = """
			-61, false
			-60, true
			0,   true
			30,  true
			31,  false
			""")
	void checkInIsOpenFromAnHourBeforeTheStartUntilTheEnd(long minutesFromStart, boolean open) {
		Appointment appointment = booked();
		Instant at = START.plus(Duration.ofMinutes(minutesFromStart));

		if (open) {
			appointment.checkIn(NURSE, OPENS_BEFORE, at);
			assertThat(appointment.status()).isEqualTo(AppointmentStatus.ARRIVED);
		}
		else {
			assertThatExceptionOfType(AppointmentRuleException.class)
				.isThrownBy(() -> appointment.checkIn(NURSE, OPENS_BEFORE, at))
				.withMessageContaining("60 minutes before the start");
		}
	}

	@Test
	void aNoShowIsMarkedOnlyOnceTheAppointmentHasStarted() {
		Appointment appointment = booked();

		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> appointment.markNoShow(NURSE, START.minusSeconds(1)));
		appointment.markNoShow(NURSE, START);
		assertThat(appointment.status()).isEqualTo(AppointmentStatus.NOSHOW);
	}

	@Test
	void eachStepRaisesItsEventAndKeepsTheSlotTaken() {
		Appointment arrived = booked();
		arrived.checkIn(NURSE, OPENS_BEFORE, CHECK_IN_TIME);
		Appointment fulfilled = reloaded(arrived);
		fulfilled.complete(DOCTOR, AFTER_START);
		Appointment missed = booked();
		missed.markNoShow(ADMIN, AFTER_START);

		assertThat(arrived.raisedEvents()).last()
			.isInstanceOfSatisfying(AppointmentCheckedIn.class, event -> assertThat(event.start()).isEqualTo(START));
		assertThat(fulfilled.raisedEvents()).singleElement().isInstanceOf(AppointmentFulfilled.class);
		assertThat(missed.raisedEvents()).last()
			.isInstanceOfSatisfying(AppointmentNoShow.class, event -> assertThat(event.end()).isEqualTo(END));
		for (Appointment appointment : new Appointment[] { arrived, fulfilled, missed }) {
			assertThat(appointment.slotKey()).isEqualTo(DOCTOR.id() + "|" + START);
			assertThat(appointment.freesABookableSlotAt(NOW)).isFalse();
		}
	}

	@Test
	void theHistoryTellsWhoMovedItFromWhatToWhatAndWhy() {
		Appointment appointment = booked();
		appointment.cancel(PATIENT, "Feeling better", NOW);

		assertThat(appointment.snapshot().history()).last()
			.isEqualTo(new StatusChange(AppointmentStatus.CANCELLED, NOW, PATIENT.id(), AppointmentStatus.BOOKED,
					"Feeling better"));
	}

	@Test
	void anArrivedPatientsVisitIsRecordedEvenBeforeTheStart() {
		Appointment appointment = booked();
		appointment.checkIn(NURSE, OPENS_BEFORE, CHECK_IN_TIME);

		appointment.recordVisit(NURSE, new VisitEntry(120, 80, null, null, null), CHECK_IN_TIME.plusSeconds(60));

		assertThat(appointment.snapshot().visit().systolic()).isEqualTo(120);
	}

	@Test
	void aNoShowHasNoVisitToRecordAndAFulfilledOneTakesLateNotes() {
		Appointment missed = booked();
		missed.markNoShow(NURSE, AFTER_START);
		Appointment fulfilled = in(AppointmentStatus.FULFILLED);

		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> missed.recordVisit(DOCTOR, new VisitEntry(null, null, null, null, "notes"), AFTER_START));
		fulfilled.recordVisit(DOCTOR, new VisitEntry(null, null, null, null, "Follow-up in a week"), END);
		assertThat(fulfilled.snapshot().visit().notes()).isEqualTo("Follow-up in a week");
	}

	/** An appointment in the given status, as loaded from storage (no events pending). */
	static Appointment in(AppointmentStatus status) {
		Appointment appointment = booked();
		switch (status) {
			case BOOKED -> {
			}
			case ARRIVED -> appointment.checkIn(NURSE, OPENS_BEFORE, CHECK_IN_TIME);
			case FULFILLED -> {
				appointment.checkIn(NURSE, OPENS_BEFORE, CHECK_IN_TIME);
				appointment.complete(DOCTOR, AFTER_START);
			}
			case CANCELLED -> appointment.cancel(PATIENT, null, NOW);
			case NOSHOW -> appointment.markNoShow(NURSE, AFTER_START);
			case ENTERED_IN_ERROR -> appointment.enterInError(ADMIN, "Booked for the wrong patient", NOW);
		}
		return reloaded(appointment);
	}

	private static void take(String action, Appointment appointment) {
		switch (action) {
			case "check-in" -> appointment.checkIn(NURSE, OPENS_BEFORE, CHECK_IN_TIME);
			case "complete" -> appointment.complete(DOCTOR, AFTER_START);
			case "no-show" -> appointment.markNoShow(NURSE, AFTER_START);
			case "error" -> appointment.enterInError(DOCTOR, "Duplicate", NOW);
			default -> appointment.cancel(PATIENT, null, NOW);
		}
	}

}
