package org.careflow.notification.messages;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event's email. Its id is the event id, so the store itself refuses a second entry
 * for the same event. The body is not kept: the log shows what was sent to whom, not the
 * text.
 */
@Document(MessageLog.COLLECTION)
record MessageLogEntry(@Id String eventId, String eventType, String recipient, String subject, MessageStatus status,
		int attempts, Instant createdAt, Instant sentAt, String error) {

	static MessageLogEntry pending(String eventId, String eventType, Email email, Instant now) {
		return new MessageLogEntry(eventId, eventType, email.to(), email.subject(), MessageStatus.PENDING, 1, now, null,
				null);
	}

}
