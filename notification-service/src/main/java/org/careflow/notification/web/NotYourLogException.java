package org.careflow.notification.web;

/** A patient named another patient's log. */
class NotYourLogException extends RuntimeException {

	NotYourLogException() {
		super("A patient reads only their own message log.");
	}

}
