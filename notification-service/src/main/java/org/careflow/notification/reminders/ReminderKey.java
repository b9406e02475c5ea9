package org.careflow.notification.reminders;

import java.util.Optional;

/**
 * One reminder: the appointment and the lead time (e.g. {@code PT24H}), written
 * {@code appointmentId|PT24H} in the minute buckets.
 */
record ReminderKey(String appointmentId, String lead) {

	private static final char SEPARATOR = '|';

	static ReminderKey of(String appointmentId, String lead) {
		return new ReminderKey(appointmentId, lead);
	}

	static Optional<ReminderKey> parse(String text) {
		int at = text.lastIndexOf(SEPARATOR);
		return (at > 0 && at < text.length() - 1)
				? Optional.of(new ReminderKey(text.substring(0, at), text.substring(at + 1))) : Optional.empty();
	}

	/** The id of the reminder's email in the message log. */
	String messageId() {
		return "reminder:" + this.appointmentId + ":" + this.lead;
	}

	@Override
	public String toString() {
		return this.appointmentId + SEPARATOR + this.lead;
	}

}
