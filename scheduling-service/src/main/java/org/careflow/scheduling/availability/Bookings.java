package org.careflow.scheduling.availability;

import java.time.Instant;
import java.util.List;

/**
 * The appointments booked on a doctor's slots, as far as a schedule change must know them
 * (implemented by the claim store).
 */
public interface Bookings {

	/**
	 * Appointments of the doctor (confirmed or being booked) starting after {@code now},
	 * in time order; holds are not appointments.
	 */
	List<BookedVisit> upcoming(String doctorId, Instant now);

	/**
	 * The doctor's slots taken now (claimed, or held and not expired) that may still
	 * matter from {@code now} on: starting after a day before it, since a buffer reaches
	 * back from a visit.
	 */
	List<Slot> taken(String doctorId, Instant now);

	/** One appointment's slot. */
	record BookedVisit(String appointmentId, Instant start, Instant end) {
	}

}
