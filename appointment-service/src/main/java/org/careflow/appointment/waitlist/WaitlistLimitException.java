package org.careflow.appointment.waitlist;

/** The patient waits in as many places as one may (409). */
public class WaitlistLimitException extends RuntimeException {

	WaitlistLimitException(int limit) {
		super("You are on the waitlist " + limit + " times already, the most one patient may be; leave one first.");
	}

}
