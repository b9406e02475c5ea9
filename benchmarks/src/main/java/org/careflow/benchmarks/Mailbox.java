package org.careflow.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careflow.localstack.EmailVerificationLinks;
import org.careflow.localstack.EmbeddedSmtp;
import org.careflow.localstack.ReceivedMail;

/** The SMTP server's messages, as the seeding and the end-to-end workload read them. */
final class Mailbox {

	/** CareFlow's welcome email, which carries the link confirming the address. */
	static final String WELCOME = EmailVerificationLinks.WELCOME_SUBJECT;

	/** notification-service's email for {@code appointment.booked}. */
	static final String BOOKED = "Your appointment is booked";

	private static final Pattern REFERENCE = Pattern.compile("Appointment reference: (\\S+)");

	private final EmbeddedSmtp smtp;

	/** How many messages of each address were read already. */
	private final Map<String, Integer> read = new HashMap<>();

	private final Map<String, Instant> confirmed = new HashMap<>();

	Mailbox(EmbeddedSmtp smtp) {
		this.smtp = smtp;
	}

	/** Waits for the welcome email's verification link to one address. */
	String awaitVerificationLink(String address, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<String> link = messagesTo(address).stream()
				.filter((message) -> message.subject().equals(WELCOME))
				.map((message) -> EmailVerificationLinks.in(message.body()))
				.flatMap(Optional::stream)
				.findFirst();
			if (link.isPresent()) {
				return link.get();
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("No verification email to " + address + " within " + timeout);
			}
			Pause.of(Duration.ofMillis(100));
		}
	}

	/**
	 * When each booking confirmation to these addresses arrived, by appointment id (the
	 * email names it). Each message is read once: the bench's JVM also runs the SMTP and
	 * MongoDB servers, and parsing every message on every poll cost them CPU that grew
	 * with the emails sent.
	 */
	synchronized Map<String, Instant> bookingConfirmations(Collection<String> addresses) {
		for (String address : addresses) {
			List<ReceivedMail> newer = this.smtp.messagesTo(address, this.read.getOrDefault(address, 0));
			this.read.merge(address, newer.size(), Integer::sum);
			for (ReceivedMail mail : newer) {
				Matcher reference = REFERENCE.matcher(mail.body());
				if (mail.subject().equals(BOOKED) && reference.find()) {
					this.confirmed.putIfAbsent(reference.group(1), mail.receivedAt());
				}
			}
		}
		return Map.copyOf(this.confirmed);
	}

	/**
	 * Waits until at least {@code expected} booking confirmations reached these
	 * addresses, or {@code timeout} passed.
	 * @return how many arrived
	 */
	long awaitBookingConfirmations(Collection<String> addresses, long expected, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		long arrived = bookingConfirmations(addresses).size();
		while (arrived < expected && System.nanoTime() < deadline) {
			Pause.of(Duration.ofSeconds(1));
			arrived = bookingConfirmations(addresses).size();
		}
		return arrived;
	}

	/**
	 * One mailbox. GreenMail's inbox is a plain list: a message arriving while it is read
	 * makes the read fail ({@link ConcurrentModificationException}), so it is read again.
	 */
	private List<ReceivedMail> messagesTo(String address) {
		while (true) {
			try {
				return this.smtp.messagesTo(address);
			}
			catch (ConcurrentModificationException ex) {
				Thread.onSpinWait();
			}
		}
	}

	/** Empties every mailbox, so that later reads are quick. */
	synchronized void clear() {
		this.smtp.clear();
		this.read.clear();
		this.confirmed.clear();
	}

}
