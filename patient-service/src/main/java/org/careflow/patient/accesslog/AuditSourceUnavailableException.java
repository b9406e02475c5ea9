package org.careflow.patient.accesslog;

/** Another service's audit trail could not be read (down, slow, or its breaker open). */
class AuditSourceUnavailableException extends RuntimeException {

	AuditSourceUnavailableException(String source, Throwable cause) {
		super("The audit trail of " + source + " could not be read: " + cause.getMessage(), cause);
	}

}
