package org.careflow.appointment.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentStatus;

/**
 * One line of a doctor's day, as a front desk runs its flow board: who, when, where the
 * appointment stands and when the patient arrived. No reason, visit or history.
 *
 * @param patientName {@code null} while this service has not learnt the name yet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DayEntry(String id, String patientId, String patientName, Instant start, Instant end, String timeZone,
		AppointmentStatus status, Instant checkedInAt, String replaces, Boolean overbooked) {

	static DayEntry of(Appointment appointment, String patientName) {
		Appointment.Snapshot state = appointment.snapshot();
		return new DayEntry(state.id(), state.patientId(), patientName, state.start(), state.end(), state.timeZone(),
				state.status(), appointment.checkedInAt(), state.replaces(), state.overbooked() ? Boolean.TRUE : null);
	}

}
