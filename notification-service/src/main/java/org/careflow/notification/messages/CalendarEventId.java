package org.careflow.notification.messages;

/**
 * One appointment's place in the patient's calendar app (RFC 5545): the event's
 * {@code UID}, the same for an appointment and every appointment that replaced it by a
 * reschedule, and its {@code SEQUENCE}, one higher with each change.
 */
public record CalendarEventId(String uid, int sequence) {

	/** The event an appointment starts when nothing is known of it yet. */
	static CalendarEventId firstOf(String appointmentId) {
		return new CalendarEventId(appointmentId + "@careflow", 0);
	}

	CalendarEventId next() {
		return new CalendarEventId(this.uid, this.sequence + 1);
	}

}
