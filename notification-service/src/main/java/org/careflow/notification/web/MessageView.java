package org.careflow.notification.web;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.careflow.notification.messages.MessageLogEntry;

/**
 * One message as the log shows it: what kind, about which appointment, where it stands —
 * never the text, the subject or the address.
 *
 * @param id the message's id in the log (the event, reminder or visit it is for)
 * @param kind the event type that caused it, or {@code appointment.reminder}
 * @param status {@code planned}, {@code pending}, {@code sent}, {@code failed},
 * {@code revoked}, {@code expired} or {@code suppressed}
 * @param lastError why the last attempt failed, while it has not been sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MessageView(String id, String kind, String appointmentId, String status, int attempts, String lastError,
		Instant createdAt, Instant dueAt, Instant sentAt) {

	static MessageView of(MessageLogEntry entry) {
		return new MessageView(entry.eventId(), entry.eventType(), entry.appointmentId(),
				entry.status().name().toLowerCase(Locale.ROOT), entry.attempts(), entry.error(), entry.createdAt(),
				entry.dueAt(), entry.sentAt());
	}

}
