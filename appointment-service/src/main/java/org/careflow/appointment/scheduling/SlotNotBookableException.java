package org.careflow.appointment.scheduling;

/** The start is not one of the doctor's slots, or it has passed (422). */
public class SlotNotBookableException extends RuntimeException {

	SlotNotBookableException(String message) {
		super(message);
	}

}
