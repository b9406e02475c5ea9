package org.careflow.localstack;

import java.io.IOException;
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

	private static Optional<String> safeText(Part part, String mimeType) {
		try {
			return text(part, mimeType);
		}
		catch (MessagingException | IOException ex) {
			return Optional.empty();
		}
	}

	private static Optional<String> text(Part part, String mimeType) throws MessagingException, IOException {
		if (part.isMimeType(mimeType) && part.getContent() instanceof String text) {
			return Optional.of(text);
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
