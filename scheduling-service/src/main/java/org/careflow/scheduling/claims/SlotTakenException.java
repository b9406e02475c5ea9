package org.careflow.scheduling.claims;

/** Another appointment already holds the slot (409). */
public class SlotTakenException extends RuntimeException {

	SlotTakenException(String key) {
		super("The slot " + key + " is already taken.");
	}

}
