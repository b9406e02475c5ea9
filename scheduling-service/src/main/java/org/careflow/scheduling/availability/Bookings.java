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

	/** One appointment's slot. */
	record BookedVisit(String appointmentId, Instant start, Instant end) {
	}

}
