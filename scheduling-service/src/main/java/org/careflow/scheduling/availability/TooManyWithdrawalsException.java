package org.careflow.scheduling.availability;

import org.careflow.events.ScheduleBookingsWithdrawn;

/**
 * A forced change would withdraw more booked appointments than one event may carry (422);
 * nothing was stored.
 */
public class TooManyWithdrawalsException extends RuntimeException {

	TooManyWithdrawalsException(int affected) {
		super("This change would cancel " + affected + " booked appointments; at most "
				+ ScheduleBookingsWithdrawn.MAX_APPOINTMENTS
				+ " may be withdrawn at once: split it into shorter ones.");
	}

}
