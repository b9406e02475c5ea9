package org.careflow.appointment.scheduling;

/** Another appointment holds the slot (409). */
public class SlotTakenException extends RuntimeException {

	public SlotTakenException() {
		super("The slot is already taken; choose another one.");
	}

}
