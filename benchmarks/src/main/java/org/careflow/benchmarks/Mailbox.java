package org.careflow.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careflow.localstack.EmailVerificationLinks;
import org.careflow.localstack.EmbeddedSmtp;
import org.careflow.localstack.ReceivedMail;

/** The SMTP server's messages, as the seeding and the end-to-end workload read them. */
final class Mailbox implements AutoCloseable {

	/** How often confirmations are taken out of the SMTP server once the load begins. */
	private static final Duration TAKE_EVERY = Duration.ofSeconds(1);

	/** CareFlow's welcome email, which carries the link confirming the address. */
	static final String WELCOME = EmailVerificationLinks.WELCOME_SUBJECT;

	/** notification-service's email for {@code appointment.booked}. */
	static final String BOOKED = "Your appointment is booked";

	private static final Pattern REFERENCE = Pattern.compile("Appointment reference: (\\S+)");

	private final EmbeddedSmtp smtp;

	private final Map<String, Instant> confirmed = new HashMap<>();

	private final ScheduledExecutorService taker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "bench-mailbox");
		thread.setDaemon(true);
		return thread;
	});

	Mailbox(EmbeddedSmtp smtp) {
		this.smtp = smtp;
	}

	/**
	 * From now on takes these addresses' confirmations out of the SMTP server every
	 * second, during the workloads too: the server keeps what it receives in the
	 * launcher's heap, and a W1 at 150 bookings/s left ~20,000 messages there, enough to
	 * fill it (an OutOfMemoryError, and full collections every half second in the JVM
	 * that also runs Kafka and MongoDB, long before).
	 */
	void keepTaking(Collection<String> addresses) {
		List<String> copy = List.copyOf(addresses);
		this.taker.scheduleWithFixedDelay(() -> bookingConfirmations(copy), TAKE_EVERY.toMillis(),
				TAKE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
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
	 * email names it). Each message is read once and taken out of the SMTP server: the
	 * bench's JVM also runs the SMTP, Kafka and MongoDB servers, and parsing every
	 * message on every poll cost them CPU that grew with the emails sent, while keeping
	 * every message filled that JVM's heap (tens of thousands of confirmations after W1).
	 */
	synchronized Map<String, Instant> bookingConfirmations(Collection<String> addresses) {
		for (String address : addresses) {
			for (ReceivedMail mail : this.smtp.takeMessagesTo(address)) {
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
	 * Waits until the confirmation of every one of these appointments reached these
	 * addresses, or {@code timeout} passed. Waiting for a count instead would end early:
	 * confirmations of an earlier workload still arriving count towards it.
	 * @return when each confirmation arrived, by appointment id (those that did not are
	 * missing)
	 */
	Map<String, Instant> awaitConfirmationsOf(Collection<String> appointmentIds, Collection<String> addresses,
			Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Map<String, Instant> arrived = bookingConfirmations(addresses);
		while (!arrived.keySet().containsAll(appointmentIds) && System.nanoTime() < deadline) {
			Pause.of(Duration.ofSeconds(1));
			arrived = bookingConfirmations(addresses);
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
		this.confirmed.clear();
	}

	@Override
	public void close() {
		this.taker.shutdownNow();
	}

}
