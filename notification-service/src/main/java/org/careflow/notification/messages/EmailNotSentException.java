package org.careflow.notification.messages;

import org.careflow.platform.kafka.WaitForDependency;

/**
 * The SMTP server did not take an email. Thrown so that the event is retried, with
 * back-off, until the server takes it: the server being away says nothing about the
 * event, so it is never dead-lettered for it ({@link WaitForDependency}).
 */
public class EmailNotSentException extends RuntimeException implements WaitForDependency {

	EmailNotSentException(String eventId, Throwable cause) {
		super("Email for event " + eventId + " was not sent: " + cause.getMessage(), cause);
	}

}
