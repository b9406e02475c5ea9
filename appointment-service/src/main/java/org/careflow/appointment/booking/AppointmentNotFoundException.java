package org.careflow.appointment.booking;

/** No such appointment, or the caller may not know it exists (404 either way). */
public class AppointmentNotFoundException extends RuntimeException {

	AppointmentNotFoundException(String id) {
		super("Appointment " + id + " not found.");
	}

}
