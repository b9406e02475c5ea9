package org.careflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Reads the parts of a MIME message that a person looks at. */
final class MailContent {

	private MailContent() {
	}

	static String from(MimeMessage message) throws MessagingException {
		Address[] from = message.getFrom();
		if (from == null) {
			return "";
		}
		return Arrays.stream(from)
			.map((address) -> (address instanceof InternetAddress internet) ? internet.toUnicodeString()
					: address.toString())
			.collect(Collectors.joining(", "));
	}

	static String body(MimeMessage message) throws MessagingException, IOException {
		return text(message, "text/plain").or(() -> safeText(message, "text/html")).orElse("");
	}

	/** The calendar invite attached, if any. */
	static String calendar(MimeMessage message) {
		return safeText(message, "text/calendar").orElse("");
	}

	private static Optional<String> safeText(Part part, String mimeType) {
		try {
			return text(part, mimeType);
		}
		catch (MessagingException | IOException ex) {
			return Optional.empty();
		}
	}

	private static Optional<String> text(Part part, String mimeType) throws MessagingException, IOException {
		if (part.isMimeType(mimeType)) {
			// JavaMail decodes text/plain and text/html to a String; other text types
			// (text/calendar) come as the decoded bytes
			Object content = part.getContent();
			if (content instanceof String text) {
				return Optional.of(text);
			}
			if (content instanceof InputStream bytes) {
				try (bytes) {
					return Optional.of(new String(bytes.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				Optional<String> found = text(multipart.getBodyPart(i), mimeType);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

}
