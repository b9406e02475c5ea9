package org.careflow.notification.messages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.MailException;

/**
 * Sends an event's email at most once: log it as pending, send, then mark it sent. A
 * failed send is logged and rethrown so the event is retried; a retry of an event whose
 * email is already sent sends nothing. Reminders are logged from when they are planned.
 * <p>
 * If the process dies between the SMTP server accepting the email and the log saying so,
 * the redelivered event sends it again: a rare duplicate is better than a lost email.
 */
public class MessageDelivery {

	private static final Logger log = LoggerFactory.getLogger(MessageDelivery.class);

	private final MessageLog messageLog;

	private final PooledMailSender mailSender;

	private final String from;

	public MessageDelivery(MongoTemplate mongo, Clock clock, PooledMailSender mailSender, String from) {
		this.messageLog = new MessageLog(mongo, clock);
		this.mailSender = mailSender;
		this.from = from;
	}

	/**
	 * Sends the email caused by the given event, unless it was sent already.
	 * @return true if it was sent now, false if it had been sent before or the patient
	 * turned its kind off
	 * @throws EmailNotSentException if the SMTP server did not accept it
	 */
	public boolean deliver(String eventId, String eventType, Email email) {
		if (email.suppressed()) {
			this.messageLog.suppressed(eventId, eventType, email);
			log.info("Email for event {} ({}) not sent: the patient turned it off", eventId, eventType);
			return false;
		}
		if (!this.messageLog.claim(eventId, eventType, email)) {
			log.info("Email for event {} ({}) was already sent; not sending it again", eventId, eventType);
			return false;
		}
		try {
			this.mailSender.send(MimeEmail.write(email, this.from, this.mailSender.createMimeMessage()));
		}
		catch (MailException ex) {
			this.messageLog.markFailed(eventId, ex.getMessage());
			throw new EmailNotSentException(eventId, ex);
		}
		this.messageLog.markSent(eventId);
		log.info("Sent '{}' for event {} ({})", email.subject(), eventId, eventType);
		return true;
	}

	/**
	 * Logs a reminder as planned, so that the patient's message log shows it before it is
	 * due.
	 */
	public void planned(String messageId, String kind, String patientId, String appointmentId, Instant dueAt) {
		this.messageLog.planned(messageId, kind, patientId, appointmentId, dueAt);
	}

	/** Logs planned reminders as revoked: they will not be sent. */
	public void revoked(List<String> messageIds) {
		this.messageLog.endPlanned(messageIds, MessageStatus.REVOKED);
	}

	/** Logs a planned reminder as expired: it came up too late to be sent. */
	public void expired(String messageId) {
		this.messageLog.endPlanned(List.of(messageId), MessageStatus.EXPIRED);
	}

}
