package org.careflow.scheduling.availability;

/** The doctor has no exception of that id (404). */
public class ExceptionNotFoundException extends RuntimeException {

	ExceptionNotFoundException(String exceptionId) {
		super("No exception " + exceptionId + " in this doctor's schedule.");
	}

}
