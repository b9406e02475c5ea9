package org.careflow.appointment.domain;

import java.util.Locale;

/**
 * FHIR R4 {@code Appointment.status} values in use, and which of them may follow which:
 * {@code booked → arrived → fulfilled}, or from {@code booked} to {@code cancelled} or
 * {@code noshow}. The last three are final: nothing follows them.
 */
public enum AppointmentStatus {

	BOOKED, ARRIVED, FULFILLED, CANCELLED, NOSHOW;

	/** Whether an appointment in this status may move to {@code next}. */
	public boolean mayBecome(AppointmentStatus next) {
		return switch (this) {
			case BOOKED -> next == ARRIVED || next == CANCELLED || next == NOSHOW;
			case ARRIVED -> next == FULFILLED;
			case FULFILLED, CANCELLED, NOSHOW -> false;
		};
	}

	/** Lower case, as FHIR writes it and as messages name it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
