package org.careflow.appointment.domain;

/** The patient already holds as many upcoming appointments as allowed (409). */
public class UpcomingLimitException extends RuntimeException {

	private final int limit;

	UpcomingLimitException(int limit) {
		super("You already hold " + limit + " upcoming appointments, the most one patient may hold; "
				+ "cancel one to book another.");
		this.limit = limit;
	}

	public int limit() {
		return this.limit;
	}

}
