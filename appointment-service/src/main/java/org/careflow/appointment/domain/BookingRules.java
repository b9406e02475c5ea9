package org.careflow.appointment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a patient may book, checked before a slot is claimed so that a refused booking
 * costs the scheduling service nothing.
 *
 * @param maxAhead how far ahead a start may lie; no clinic plans further, and the bound
 * keeps absurd instants (year 9999, or a billion) away from everything behind
 * @param maxUpcoming how many future active appointments one patient may hold, so that
 * one account cannot hoard a doctor's slots
 */
public record BookingRules(Duration maxAhead, int maxUpcoming) {

	public BookingRules {
		if (maxAhead.isNegative() || maxAhead.isZero() || maxUpcoming < 1) {
			throw new IllegalArgumentException("maxAhead and maxUpcoming must be positive");
		}
	}

	/**
	 * The account's email must be verified: a booking sends mail to it, and an unverified
	 * address may belong to someone else.
	 * @throws EmailNotVerifiedException if it is not
	 */
	public void requireVerifiedEmail(boolean emailVerified) {
		if (!emailVerified) {
			throw new EmailNotVerifiedException();
		}
	}

	/**
	 * @throws StartOutOfRangeException if {@code start} lies beyond the horizon
	 * @throws AppointmentRuleException if {@code start} is not in the future
	 */
	public void checkStart(Instant start, Instant now) {
		if (start.isAfter(now.plus(this.maxAhead))) {
			throw new StartOutOfRangeException(this.maxAhead);
		}
		Appointment.requireFuture(start, now);
	}

	/**
	 * @param upcoming the patient's future active appointments, before this booking
	 * @throws UpcomingLimitException if one more would exceed the limit
	 */
	public void checkUpcoming(long upcoming) {
		if (upcoming >= this.maxUpcoming) {
			throw new UpcomingLimitException(this.maxUpcoming);
		}
	}

	/**
	 * A patient cannot hold two active appointments whose times overlap, whatever the
	 * doctors.
	 * @param upcoming the patient's booked appointments still to come
	 * @param except the appointment being rescheduled, which is not in the way of its
	 * successor; {@code null} for a new booking
	 * @throws PatientOverlapException naming the first appointment in the way
	 */
	public void checkNoOverlap(List<UpcomingAppointment> upcoming, Instant start, Instant end, String except) {
		for (UpcomingAppointment other : upcoming) {
			if (!other.id().equals(except) && other.overlaps(start, end)) {
				throw new PatientOverlapException(other.id());
			}
		}
	}

}
