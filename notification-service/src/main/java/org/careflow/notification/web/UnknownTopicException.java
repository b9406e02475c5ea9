package org.careflow.notification.web;

import java.util.TreeSet;

/** A replay asked for a topic CareFlow does not publish. */
class UnknownTopicException extends RuntimeException {

	UnknownTopicException(String topic) {
		super("must be one of " + new TreeSet<>(DeadLetterController.TOPICS) + " (without .dlt)");
	}

}
