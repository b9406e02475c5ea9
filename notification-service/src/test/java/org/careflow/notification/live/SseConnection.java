package org.careflow.notification.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client as a browser's {@code EventSource} reads a stream: the
 * JDK's HTTP client, line by line, each message (id, event, data) dispatched at its blank
 * line; comment lines are kept apart.
 */
final class SseConnection implements AutoCloseable {

	private final HttpClient client;

	private final HttpResponse<Stream<String>> response;

	private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();

	final List<String> comments = new CopyOnWriteArrayList<>();

	private SseConnection(HttpClient client, HttpResponse<Stream<String>> response) {
		this.client = client;
		this.response = response;
		if (response.statusCode() == 200) {
			Thread.ofVirtual().start(this::read);
		}
	}

	/** Opens a stream; its status and headers are known on return. */
	static SseConnection open(URI uri, String token, String lastEventId) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		HttpResponse<Stream<String>> response = client.sendAsync(request.build(), BodyHandlers.ofLines())
			.get(10, TimeUnit.SECONDS);
		return new SseConnection(client, response);
	}

	int status() {
		return this.response.statusCode();
	}

	String header(String name) {
		return this.response.headers().firstValue(name).orElse(null);
	}

	/** The next message, or null if none came in time. */
	Message next(Duration timeout) throws InterruptedException {
		return this.messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** The whole body of an answer that is no stream (a problem). */
	String body() {
		try (Stream<String> lines = this.response.body()) {
			return String.join("\n", lines.toList());
		}
	}

	private void read() {
		String id = null;
		String event = null;
		StringBuilder data = null;
		try (Stream<String> lines = this.response.body()) {
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.isEmpty()) {
					if (data != null || event != null) {
						this.messages.add(new Message(id, (event != null) ? event : "message",
								(data != null) ? data.toString() : ""));
					}
					id = null;
					event = null;
					data = null;
				}
				else if (line.startsWith(":")) {
					this.comments.add(line.substring(1).strip());
				}
				else if (line.startsWith("id:")) {
					id = value(line);
				}
				else if (line.startsWith("event:")) {
					event = value(line);
				}
				else if (line.startsWith("data:")) {
					data = (data == null) ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
				}
			}
		}
		catch (RuntimeException ex) {
			// closed by the test, or by the server
		}
	}

	private static String value(String line) {
		String value = line.substring(line.indexOf(':') + 1);
		return value.startsWith(" ") ? value.substring(1) : value;
	}

	/** Goes away as a browser tab does: the connection is dropped. */
	@Override
	public void close() {
		this.client.shutdownNow();
		this.response.body().close();
	}

	/** One dispatched message. */
	record Message(String id, String event, String data) {
	}

}
