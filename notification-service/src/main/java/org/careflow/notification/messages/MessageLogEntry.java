package org.careflow.notification.messages;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email. Its id is the event (or the reminder, or the visit) it is for, so the store
 * itself refuses a second entry for the same email. The body is not kept: the log shows
 * what was sent to whom and about which appointment, not the text.
 *
 * @param patientId the patient it is about, who may list it; {@code null} for an email to
 * staff
 * @param dueAt when a reminder falls due; {@code null} for other emails
 */
@Document(MessageLog.COLLECTION)
public record MessageLogEntry(@Id String eventId, String eventType, String recipient, String subject,
		MessageStatus status, int attempts, Instant createdAt, Instant sentAt, String error, String patientId,
		String appointmentId, Instant dueAt) {

	static MessageLogEntry pending(String eventId, String eventType, Email email, Instant now) {
		return new MessageLogEntry(eventId, eventType, email.to(), email.subject(), MessageStatus.PENDING, 1, now, null,
				null, email.patientId(), email.appointmentId(), null);
	}

}
