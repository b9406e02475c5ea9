package org.careflow.notification.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rules of reminders, apart from storage: which reminders a booking gets, and whether
 * one that came up for sending is still worth sending.
 */
final class ReminderPlan {

	/** What to do with a reminder that came up for sending. */
	enum Verdict {

		/** Due, and the patient can still act on it. */
		SEND,

		/** Not due yet: leave it for later. */
		WAIT,

		/**
		 * Too late: the appointment started, or the reminder is older than the lateness
		 * allowed (the service was down long past it).
		 */
		EXPIRE

	}

	/** One reminder of an appointment: its lead time's key and when it is due. */
	record Due(String lead, Instant dueAt) {
	}

	private ReminderPlan() {
	}

	/**
	 * The reminders of an appointment booked (or moved) at {@code bookedAt}: one per lead
	 * time, except those that were already due when it was booked — a visit booked for
	 * this afternoon gets no "tomorrow" reminder.
	 */
	static List<Due> remindersOf(Instant start, Instant bookedAt, List<Duration> leadTimes) {
		return leadTimes.stream()
			.map((lead) -> new Due(key(lead), start.minus(lead)))
			.filter((due) -> !due.dueAt().isBefore(bookedAt))
			.toList();
	}

	static Verdict verdict(Instant now, Instant start, Instant dueAt, Duration maxLateness) {
		if (now.isBefore(dueAt)) {
			return Verdict.WAIT;
		}
		if (!now.isBefore(start) || Duration.between(dueAt, now).compareTo(maxLateness) > 0) {
			return Verdict.EXPIRE;
		}
		return Verdict.SEND;
	}

	/**
	 * A lead time as stored, e.g. {@code PT24H}: a field name (no dots, as whole minutes
	 * have no fraction) that reads back as the duration.
	 */
	static String key(Duration lead) {
		return lead.toString();
	}

}
