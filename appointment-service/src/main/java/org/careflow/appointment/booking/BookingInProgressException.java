package org.careflow.appointment.booking;

/** Another booking of the same patient holds the patient's lease (409). */
public class BookingInProgressException extends RuntimeException {

	BookingInProgressException() {
		super("Another booking of yours is in progress; try again in a moment.");
	}

}
