package org.careflow.doctor.staff;

import java.time.Instant;
import java.util.List;

/**
 * The doctor still has booked appointments ahead, and the deactivation was not forced
 * (409): the admin sees which, and may force it (the patients are then told).
 */
public class BookingsAheadException extends RuntimeException {

	private final List<BookingAhead> appointments;

	private final long total;

	BookingsAheadException(List<BookingAhead> appointments, long total) {
		super("The doctor has " + total + " booked appointments ahead");
		this.appointments = List.copyOf(appointments);
		this.total = total;
	}

	/** Some of them (as many as scheduling listed, at most a hundred). */
	public List<BookingAhead> appointments() {
		return this.appointments;
	}

	public long total() {
		return this.total;
	}

	/** An appointment by id and start: no patient, no reason. */
	public record BookingAhead(String id, Instant start) {
	}

}
