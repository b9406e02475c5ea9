package org.careflow.notification.messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The MIME structure mail and calendar apps read, written and parsed back as sent. */
class MimeEmailTest {

	private static final Session SESSION = Session.getInstance(new Properties());

	private static final CalendarInvite INVITE = new CalendarInvite("REQUEST",
			"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n");

	private final Email email = new Email("jane@example.org", "Your appointment is booked", "Hello Jane, é",
			"<p>Hello Jane, é</p>", null, null, null, false);

	@Test
	void anEmailWithHtmlIsPlainTextAndHtmlAsAlternatives() throws Exception {
		MimeMessage sent = sentAndReceived(this.email);

		assertThat(sent.getContentType()).startsWith("multipart/alternative");
		Multipart alternatives = (Multipart) sent.getContent();
		assertThat(alternatives.getCount()).isEqualTo(2);
		assertThat(alternatives.getBodyPart(0).isMimeType("text/plain")).isTrue();
		assertThat(alternatives.getBodyPart(0).getContent()).isEqualTo("Hello Jane, é");
		assertThat(alternatives.getBodyPart(1).isMimeType("text/html")).isTrue();
		assertThat(alternatives.getBodyPart(1).getContent()).isEqualTo("<p>Hello Jane, é</p>");
		assertThat(sent.getSubject()).isEqualTo("Your appointment is booked");
		assertThat(sent.getFrom()[0].toString()).isEqualTo("Clinique du Parc <rdv@clinique.example>");
	}

	@Test
	void anInviteStaysAnAttachedCalendarFileBesideTheAlternatives() throws Exception {
		MimeMessage sent = sentAndReceived(this.email.withInvite(INVITE));

		assertThat(sent.getContentType()).startsWith("multipart/mixed");
		Multipart mixed = (Multipart) sent.getContent();
		assertThat(mixed.getCount()).isEqualTo(2);
		assertThat(mixed.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
		Multipart alternatives = (Multipart) mixed.getBodyPart(0).getContent();
		assertThat(alternatives.getBodyPart(0).getContent()).isEqualTo("Hello Jane, é");
		assertThat(alternatives.getBodyPart(1).isMimeType("text/html")).isTrue();
		BodyPart invite = mixed.getBodyPart(1);
		assertThat(invite.getContentType()).contains("text/calendar").contains("method=REQUEST");
		assertThat(invite.getDisposition()).isEqualTo(Part.ATTACHMENT);
		assertThat(invite.getFileName()).isEqualTo("appointment.ics");
		assertThat(new String(invite.getInputStream().readAllBytes(), "UTF-8")).isEqualTo(INVITE.text());
	}

	@Test
	void anEmailWithoutHtmlIsPlainText() throws Exception {
		MimeMessage sent = sentAndReceived(new Email("jane@example.org", "Welcome", "Hello"));

		assertThat(sent.isMimeType("text/plain")).isTrue();
		assertThat(sent.getContent()).isEqualTo("Hello");
	}

	/** Written as the SMTP server receives it, and read back as a mail app does. */
	private static MimeMessage sentAndReceived(Email email) throws MessagingException, IOException {
		MimeMessage written = MimeEmail.write(email, "Clinique du Parc <rdv@clinique.example>",
				new MimeMessage(SESSION));
		written.saveChanges();
		ByteArrayOutputStream wire = new ByteArrayOutputStream();
		written.writeTo(wire);
		return new MimeMessage(SESSION, new ByteArrayInputStream(wire.toByteArray()));
	}

}
