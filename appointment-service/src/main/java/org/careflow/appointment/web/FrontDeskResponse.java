package org.careflow.appointment.web;

import java.time.Instant;

import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentStatus;

/**
 * An appointment as the front desk sees it after checking a patient in or marking a
 * no-show: when it is and where it stands. No reason, visit or history: the front desk
 * needs none of them.
 */
record FrontDeskResponse(String id, AppointmentStatus status, Instant start, Instant end) implements AppointmentView {

	static FrontDeskResponse of(Appointment appointment) {
		Appointment.Snapshot state = appointment.snapshot();
		return new FrontDeskResponse(state.id(), state.status(), state.start(), state.end());
	}

}
