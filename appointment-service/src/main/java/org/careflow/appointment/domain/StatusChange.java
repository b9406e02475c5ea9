package org.careflow.appointment.domain;

import java.time.Instant;

/**
 * One step of an appointment's history: who moved it from which status to which, when,
 * and why if they said.
 *
 * @param from the status before; {@code null} for the booking itself (and for steps
 * stored before the history kept it)
 * @param reason why, in the actor's words, or a fixed phrase for automatic steps;
 * {@code null} if none was given
 */
public record StatusChange(AppointmentStatus status, Instant at, String by, AppointmentStatus from, String reason) {

	/** The first step: a booking. */
	public static StatusChange booked(Instant at, String by) {
		return new StatusChange(AppointmentStatus.BOOKED, at, by, null, null);
	}

}
