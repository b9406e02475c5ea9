package org.careflow.notification.deadletters;

/** The broker could not be reached during a replay: what was replayed stays replayed. */
public class DeadLetterReplayException extends RuntimeException {

	DeadLetterReplayException(String topic, Exception cause) {
		super("Replaying the dead letters of " + topic + " failed: " + cause.getMessage(), cause);
	}

}
