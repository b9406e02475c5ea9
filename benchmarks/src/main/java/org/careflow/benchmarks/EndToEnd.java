package org.careflow.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E1: bookings sent at a fixed rate, each on its own virtual thread at its planned time
 * (a slow answer does not delay the next booking, so the rate holds), then the time from
 * each 201 to its confirmation email in the SMTP server, as GreenMail stamped its
 * arrival.
 */
final class EndToEnd {

	/** How long the bench waits, after the last answer, for the last emails. */
	static final Duration STRAGGLERS = Duration.ofSeconds(60);

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String gatewayUrl;

	private final SeededData data;

	private final PatientTokens tokens;

	private final Mailbox mailbox;

	EndToEnd(String gatewayUrl, SeededData data, PatientTokens tokens, Mailbox mailbox) {
		this.gatewayUrl = gatewayUrl;
		this.data = data;
		this.tokens = tokens;
		this.mailbox = mailbox;
	}

	EndToEndResult run(double rate, String rateSource, Duration duration) {
		List<String> tokens = this.tokens.validFor(duration);
		long count = Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
		long interval = (long) (1_000_000_000 / rate);
		Queue<Booked> booked = new ConcurrentLinkedQueue<>();
		Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
		AtomicLong failures = new AtomicLong();
		Queue<Long> answerMillis = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime();
		try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0; i < count; i++) {
				Pause.until(start + i * interval);
				int patient = (int) (i % tokens.size());
				Slot slot = this.data.slots().take();
				senders.submit(() -> {
					long sent = System.nanoTime();
					try {
						HttpResponse<String> answer = this.client.send(booking(slot, tokens.get(patient)),
								HttpResponse.BodyHandlers.ofString());
						Instant answeredAt = Instant.now();
						answerMillis.add((System.nanoTime() - sent) / 1_000_000);
						statuses.computeIfAbsent(answer.statusCode(), (status) -> new AtomicLong()).incrementAndGet();
						Matcher id = ID.matcher(answer.body());
						if (answer.statusCode() == 201 && id.find()) {
							booked.add(new Booked(id.group(1), this.data.patients().get(patient).email(), answeredAt));
						}
					}
					catch (IOException ex) {
						failures.incrementAndGet();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
		}
		long answered = System.nanoTime();
		List<String> addresses = this.data.patients().stream().map(Patient::email).toList();
		List<String> bookedIds = booked.stream().map(Booked::id).toList();
		Map<String, Instant> arrived = this.mailbox.awaitConfirmationsOf(bookedIds, addresses, STRAGGLERS);
		double waited = (System.nanoTime() - answered) / 1e9;
		List<Long> emailMillis = new ArrayList<>();
		long missing = 0;
		for (Booked booking : booked) {
			Instant at = arrived.get(booking.id());
			if (at == null) {
				missing++;
			}
			else {
				// GreenMail stamps arrival in milliseconds, our answer in nanoseconds: an
				// email
				// can look a millisecond older than its answer
				emailMillis.add(Math.max(0, Duration.between(booking.answeredAt(), at).toMillis()));
			}
		}
		SortedMap<Integer, Long> counts = new TreeMap<>();
		statuses.forEach((status, n) -> counts.put(status, n.get()));
		return new EndToEndResult(rate, rateSource, duration.toSeconds(), count, counts, failures.get(),
				Percentiles.of(answerMillis), Percentiles.of(emailMillis), missing, waited);
	}

	private HttpRequest booking(Slot slot, String token) {
		String body = "{\"doctorId\":\"" + slot.doctorId() + "\",\"start\":\"" + slot.start()
				+ "\",\"reason\":\"Benchmark booking\"}";
		return HttpRequest.newBuilder(URI.create(this.gatewayUrl + "/api/appointments"))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** A booking answered 201, and when. */
	private record Booked(String id, String patientEmail, Instant answeredAt) {
	}

}
