package org.careflow.appointment.domain;

import java.time.Instant;

/**
 * One of a patient's booked appointments still to come, as much of it as the rules on new
 * bookings need.
 *
 * @param end {@code null} for an entry listed before ends were kept; the store fills it
 * in from the appointment
 */
public record UpcomingAppointment(String id, Instant start, Instant end) {

	/** Whether it shares any moment with {@code [otherStart, otherEnd)}. */
	public boolean overlaps(Instant otherStart, Instant otherEnd) {
		return this.start.isBefore(otherEnd) && this.end.isAfter(otherStart);
	}

}
