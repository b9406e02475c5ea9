package org.careflow.scheduling.claims;

/** No hold of that id belongs to the caller (404), or it has expired. */
public class HoldNotFoundException extends RuntimeException {

	HoldNotFoundException() {
		super("You hold no slot by that id (it may have expired).");
	}

}
