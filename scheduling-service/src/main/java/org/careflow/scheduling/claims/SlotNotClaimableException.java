package org.careflow.scheduling.claims;

/** The requested start is not a bookable slot of the doctor (422). */
public class SlotNotClaimableException extends RuntimeException {

	SlotNotClaimableException(String message) {
		super(message);
	}

}
