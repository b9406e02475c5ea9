package org.careflow.appointment.waitlist;

/** No waitlist entry of that id for the caller (404). */
public class WaitlistEntryNotFoundException extends RuntimeException {

	WaitlistEntryNotFoundException() {
		super("No waitlist entry of that id for you.");
	}

}
