package org.careflow.notification.messages;

/**
 * Which calendar event each appointment's emails update. A rescheduled appointment
 * continues the event of the one it replaces, so the patient's calendar app moves the
 * event instead of adding a second one; a cancellation cancels that same event. A booked
 * appointment starts its own ({@link CalendarEventId#firstOf}): there is nothing to look
 * up.
 * <p>
 * Every answer is the same however often it is asked for the same event, since Kafka
 * delivers at least once.
 */
public interface CalendarChain {

	CalendarEventId rescheduled(String appointmentId, String replacesId);

	CalendarEventId cancelled(String appointmentId);

}
