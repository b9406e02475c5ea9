package org.careflow.notification.messages;

/**
 * The SMTP server did not take an email. Thrown so that the event is retried with
 * back-off and, if it keeps failing, dead-lettered.
 */
public class EmailNotSentException extends RuntimeException {

	EmailNotSentException(String eventId, Throwable cause) {
		super("Email for event " + eventId + " was not sent: " + cause.getMessage(), cause);
	}

}
