package org.careflow.scheduling.availability;

/** The schedule kept changing while this change was being made (409); nothing stored. */
public class ConcurrentScheduleChangeException extends RuntimeException {

	ConcurrentScheduleChangeException() {
		super("The schedule was changed at the same time; reload it and try again.");
	}

}
