package org.careflow.doctor.staff;

/**
 * Scheduling refused a forced retirement: more bookings ahead than it withdraws at once
 * (422). They must be moved or cancelled in smaller steps first.
 */
public class TooManyBookingsException extends RuntimeException {

	TooManyBookingsException(String detail) {
		super(detail);
	}

}
