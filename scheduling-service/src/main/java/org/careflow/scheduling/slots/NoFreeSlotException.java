package org.careflow.scheduling.slots;

/** No free slot within the booking rules of the doctor(s) asked about (404). */
public class NoFreeSlotException extends RuntimeException {

	NoFreeSlotException() {
		super("No free slot within the days ahead these doctors take bookings for.");
	}

}
