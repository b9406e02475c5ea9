package org.careflow.scheduling.availability;

/** The doctor has no weekly schedule yet. */
public class ScheduleNotFoundException extends RuntimeException {

	ScheduleNotFoundException(String doctorId) {
		super("Doctor " + doctorId + " has no schedule.");
	}

}
