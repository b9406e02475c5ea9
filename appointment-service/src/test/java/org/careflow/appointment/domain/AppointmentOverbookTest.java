package org.careflow.appointment.domain;

import java.util.Set;

import org.careflow.events.AppointmentBooked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

/**
 * An extra patient booked deliberately into a taken slot (FHIR {@code Slot.overbooked}).
 */
class AppointmentOverbookTest {

	static final BookedSlot TAKEN = booked().slot();

	@ParameterizedTest(name = "{0}: allowed = {1}")
	@CsvSource(textBlock = """
			admin,        true
			doctor,       true
			other-doctor, false
			nurse,        false
			patient,      false
			""")
	void anAdminOrTheDoctorOnTheirOwnCalendarMayOverbook(String who, boolean allowed) {
		Actor by = switch (who) {
			case "admin" -> ADMIN;
			case "doctor" -> DOCTOR;
			case "other-doctor" -> OTHER_DOCTOR;
			case "nurse" -> NURSE;
			default -> PATIENT;
		};

		if (allowed) {
			assertThat(Appointment.overbook("appt-2", "patient-2", TAKEN, "Cough", by, "Urgent", NOW).status())
				.isEqualTo(AppointmentStatus.BOOKED);
		}
		else {
			assertThatExceptionOfType(ActionNotAllowedException.class)
				.isThrownBy(() -> Appointment.overbook("appt-2", "patient-2", TAKEN, "Cough", by, "Urgent", NOW));
		}
	}

	@Test
	void anOverbookingIsRecordedSaysSoInItsEventAndSharesTheSlotWithoutHoldingIt() {
		Appointment holder = booked();
		Appointment extra = Appointment.overbook("appt-2", "patient-2", TAKEN, "Cough", ADMIN, "Urgent", NOW);

		assertThat(extra.snapshot().overbooked()).isTrue();
		assertThat(extra.snapshot().overbookReason()).isEqualTo("Urgent");
		assertThat(extra.snapshot().history()).singleElement()
			.isEqualTo(new StatusChange(AppointmentStatus.BOOKED, NOW, ADMIN.id(), null, "overbooked: Urgent"));
		assertThat(extra.raisedEvents()).singleElement()
			.isInstanceOfSatisfying(AppointmentBooked.class,
					event -> assertThat(event.overbooked()).isEqualTo(Boolean.TRUE));
		assertThat(extra.slotKey()).as("its own key: the unique slot index still guards the slot")
			.isNotEqualTo(holder.slotKey())
			.startsWith(holder.slotKey());

		extra.cancel(new Actor("patient-2", Set.of("patient")), null, NOW);
		assertThat(extra.freesABookableSlotAt(NOW)).as("it never held the slot").isFalse();
		assertThat(holder.slotKey()).isEqualTo(TAKEN.doctorId() + "|" + START);
	}

	@Test
	void aSlotThatHasBegunCannotBeOverbooked() {
		assertThatExceptionOfType(AppointmentRuleException.class)
			.isThrownBy(() -> Appointment.overbook("appt-2", "patient-2", TAKEN, null, ADMIN, "Urgent", START));
	}

}
