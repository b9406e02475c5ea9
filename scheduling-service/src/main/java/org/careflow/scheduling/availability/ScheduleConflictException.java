package org.careflow.scheduling.availability;

import java.util.List;

import org.careflow.scheduling.availability.Bookings.BookedVisit;

/**
 * A change would take away time that booked appointments stand in (409); nothing was
 * stored. Lists the first {@value #MAX_LISTED} of them and tells how many there are.
 */
public class ScheduleConflictException extends RuntimeException {

	public static final int MAX_LISTED = 50;

	private final List<BookedVisit> listed;

	private final int total;

	ScheduleConflictException(List<BookedVisit> affected) {
		super(affected.size() + " booked appointment(s) fall in time this change takes away; cancel or move them "
				+ "first, or have an admin force the change (their patients are then told).");
		this.listed = List.copyOf(affected.subList(0, Math.min(MAX_LISTED, affected.size())));
		this.total = affected.size();
	}

	public List<BookedVisit> listed() {
		return this.listed;
	}

	public int total() {
		return this.total;
	}

}
