package org.careflow.notification.messages;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * An {@link Email} as the MIME message mail apps read: plain text and HTML as
 * {@code multipart/alternative} (the app shows the one it prefers), and where there is a
 * calendar invite, both inside {@code multipart/mixed} with the invite attached as
 * {@code appointment.ics} ({@code text/calendar} with its method, which calendar apps
 * pick up).
 */
final class MimeEmail {

	private static final String UTF_8 = StandardCharsets.UTF_8.name();

	private MimeEmail() {
	}

	/**
	 * @param message a new message of the sender's session, written to
	 * @param from the From header
	 */
	static MimeMessage write(Email email, String from, MimeMessage message) {
		try {
			boolean withInvite = email.calendarInvite().isPresent();
			MimeMessageHelper helper = new MimeMessageHelper(message,
					withInvite ? MimeMessageHelper.MULTIPART_MODE_MIXED : MimeMessageHelper.MULTIPART_MODE_NO, UTF_8);
			helper.setFrom(from);
			helper.setTo(email.to());
			helper.setSubject(email.subject());
			if (withInvite) {
				if (email.html() != null) {
					helper.setText(email.body(), email.html());
				}
				else {
					helper.setText(email.body());
				}
				CalendarInvite invite = email.calendarInvite().get();
				helper.addAttachment("appointment.ics",
						new ByteArrayResource(invite.text().getBytes(StandardCharsets.UTF_8)), invite.contentType());
			}
			else if (email.html() != null) {
				message.setContent(alternative(email.body(), email.html()));
			}
			else {
				helper.setText(email.body());
			}
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

	private static MimeMultipart alternative(String text, String html) throws MessagingException {
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(text, UTF_8, "plain");
		MimeBodyPart rich = new MimeBodyPart();
		rich.setText(html, UTF_8, "html");
		// the richest last, as RFC 2046 orders alternatives
		return new MimeMultipart("alternative", plain, rich);
	}

}
