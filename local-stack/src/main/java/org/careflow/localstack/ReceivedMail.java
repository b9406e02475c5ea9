package org.careflow.localstack;

import java.io.IOException;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One message as delivered to one recipient's mailbox.
 *
 * @param to the recipient whose mailbox holds it (envelope recipient, so Bcc counts too)
 * @param from the From header
 * @param subject the decoded subject
 * @param receivedAt when the SMTP server accepted it
 * @param body the text/plain part, or the text/html part when there is no plain one
 * @param calendar the text/calendar part (an invite), or empty
 */
public record ReceivedMail(String to, String from, String subject, Instant receivedAt, String body, String calendar) {

	/** A message without a calendar part. */
	public ReceivedMail(String to, String from, String subject, Instant receivedAt, String body) {
		this(to, from, subject, receivedAt, body, "");
	}

	/**
	 * The parts of a delivered MIME message a person looks at; an unreadable one says so
	 * in its subject.
	 */
	public static ReceivedMail of(String to, MimeMessage message, Instant receivedAt) {
		try {
			String subject = (message.getSubject() != null) ? message.getSubject() : "";
			return new ReceivedMail(to, MailContent.from(message), subject, receivedAt, MailContent.body(message),
					MailContent.calendar(message));
		}
		catch (MessagingException | IOException ex) {
			return new ReceivedMail(to, "", "(unreadable message: " + ex.getMessage() + ")", Instant.EPOCH, "");
		}
	}

}
