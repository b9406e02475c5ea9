package org.careflow.notification.web;

/** An admin reads one patient's log at a time, and must name them. */
class PatientRequiredException extends RuntimeException {

	PatientRequiredException() {
		super("is required: whose message log to list");
	}

}
