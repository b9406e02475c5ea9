package org.careflow.notification.messages;

/**
 * An event names a patient whose registration this service has not seen yet. Thrown, not
 * ignored: the record is retried (the registration may arrive meanwhile on its own topic)
 * and finally goes to the dead-letter topic, never silently dropped.
 */
public class UnknownPatientException extends RuntimeException {

	public UnknownPatientException(String patientId, String eventType) {
		super("No contact known for patient " + patientId + " named in " + eventType);
	}

}
