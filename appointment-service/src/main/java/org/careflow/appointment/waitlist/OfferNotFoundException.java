package org.careflow.appointment.waitlist;

/**
 * No open offer of that id for the caller (404: offers of others do not exist for them).
 */
public class OfferNotFoundException extends RuntimeException {

	OfferNotFoundException() {
		super("No open offer of that id for you.");
	}

}
