package org.careflow.appointment.domain;

/** The actor may see the appointment but not make this change (403). */
public class ActionNotAllowedException extends RuntimeException {

	public ActionNotAllowedException(String message) {
		super(message);
	}

}
