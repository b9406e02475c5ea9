package org.careflow.scheduling.availability;

/** A doctor has as many upcoming exceptions as one may have (422). */
public class ExceptionLimitException extends RuntimeException {

	ExceptionLimitException(int limit) {
		super("This doctor has " + limit + " upcoming exceptions, the most one may have; delete some first.");
	}

}
