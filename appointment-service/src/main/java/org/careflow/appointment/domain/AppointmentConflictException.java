package org.careflow.appointment.domain;

/** The request conflicts with the appointment's current status (409). */
public class AppointmentConflictException extends RuntimeException {

	public AppointmentConflictException(String message) {
		super(message);
	}

}
