package org.careflow.scheduling.availability;

import java.time.Duration;
import java.time.Instant;

/**
 * When a doctor's slots may be booked: not within {@code minNotice} of now, not more than
 * {@code maxDaysAhead} days ahead, and not within {@code buffer} of another visit.
 */
public record BookingRules(Duration minNotice, int maxDaysAhead, Duration buffer) {

	public static final int DEFAULT_MIN_NOTICE_MINUTES = 120;

	public static final int DEFAULT_MAX_DAYS_AHEAD = 90;

	public static final int DEFAULT_BUFFER_MINUTES = 0;

	/** A week: more notice than that is no clinic's rule. */
	public static final int MAX_MIN_NOTICE_MINUTES = 7 * 24 * 60;

	/** A year, within the two-year horizon of every slot. */
	public static final int MAX_DAYS_AHEAD = 365;

	/** As long as the longest slot. */
	public static final int MAX_BUFFER_MINUTES = WeeklySchedule.MAX_SLOT_MINUTES;

	public static BookingRules defaults() {
		return of(null, null, null);
	}

	/** The rules with a default for each one not given. */
	public static BookingRules of(Integer minNoticeMinutes, Integer maxDaysAhead, Integer bufferMinutes) {
		return new BookingRules(
				Duration.ofMinutes((minNoticeMinutes != null) ? minNoticeMinutes : DEFAULT_MIN_NOTICE_MINUTES),
				(maxDaysAhead != null) ? maxDaysAhead : DEFAULT_MAX_DAYS_AHEAD,
				Duration.ofMinutes((bufferMinutes != null) ? bufferMinutes : DEFAULT_BUFFER_MINUTES));
	}

	/** The last start these rules let a patient book, seen from {@code now}. */
	public Instant latestStart(Instant now) {
		return now.plus(Duration.ofDays(this.maxDaysAhead));
	}

	/** The first start these rules let a patient book, seen from {@code now}. */
	public Instant earliestStart(Instant now) {
		return now.plus(this.minNotice);
	}

	/**
	 * @throws SlotUnavailableException naming {@link Rule#MIN_NOTICE} or
	 * {@link Rule#MAX_DAYS_AHEAD}
	 */
	void check(Slot slot, Instant now) {
		if (!slot.start().isAfter(now)) {
			throw new SlotUnavailableException(Rule.MIN_NOTICE, "The slot at " + slot.start() + " has begun.");
		}
		if (slot.start().isBefore(earliestStart(now))) {
			throw new SlotUnavailableException(Rule.MIN_NOTICE, "This doctor takes bookings at least "
					+ this.minNotice.toMinutes() + " minutes ahead (minimum notice).");
		}
		if (slot.start().isAfter(latestStart(now))) {
			throw new SlotUnavailableException(Rule.MAX_DAYS_AHEAD,
					"This doctor takes bookings at most " + this.maxDaysAhead + " days ahead.");
		}
	}

	boolean allow(Slot slot, Instant now) {
		return !slot.start().isBefore(earliestStart(now)) && slot.start().isAfter(now)
				&& !slot.start().isAfter(latestStart(now));
	}

	public int minNoticeMinutes() {
		return (int) this.minNotice.toMinutes();
	}

	public int bufferMinutes() {
		return (int) this.buffer.toMinutes();
	}

}
