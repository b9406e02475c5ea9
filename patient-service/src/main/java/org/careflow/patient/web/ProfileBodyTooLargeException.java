package org.careflow.patient.web;

/** A profile change larger than a profile can be (413). */
class ProfileBodyTooLargeException extends RuntimeException {

	ProfileBodyTooLargeException(int maxBytes) {
		super("A profile change may be at most " + maxBytes + " bytes.");
	}

}
