package org.careflow.appointment.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * FHIR R4 {@code Appointment.status} values in use, and which of them may follow which:
 * {@code booked → arrived → fulfilled}, or from {@code booked} to {@code cancelled} or
 * {@code noshow}; any of them to {@code entered-in-error} (it should never have existed).
 * {@code fulfilled}, {@code cancelled}, {@code noshow} end the appointment's day, and
 * nothing follows {@code entered-in-error}.
 * <p>
 * On the wire each is its FHIR code ({@link #code()}); stored, its constant's name.
 */
public enum AppointmentStatus {

	BOOKED("booked"), ARRIVED("arrived"), FULFILLED("fulfilled"), CANCELLED("cancelled"), NOSHOW("noshow"),
	ENTERED_IN_ERROR("entered-in-error");

	private final String code;

	AppointmentStatus(String code) {
		this.code = code;
	}

	/** Whether an appointment in this status may move to {@code next}. */
	public boolean mayBecome(AppointmentStatus next) {
		if (next == ENTERED_IN_ERROR) {
			return this != ENTERED_IN_ERROR;
		}
		return switch (this) {
			case BOOKED -> next == ARRIVED || next == CANCELLED || next == NOSHOW;
			case ARRIVED -> next == FULFILLED;
			case FULFILLED, CANCELLED, NOSHOW, ENTERED_IN_ERROR -> false;
		};
	}

	/** The FHIR code, as the API writes it and as messages name it. */
	@JsonValue
	public String code() {
		return this.code;
	}

}
