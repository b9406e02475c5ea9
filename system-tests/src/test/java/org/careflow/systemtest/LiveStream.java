package org.careflow.systemtest;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A Server-Sent Events stream as an app holds it open: every line received so far, read
 * on a thread of its own.
 */
final class LiveStream implements AutoCloseable {

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final CompletableFuture<HttpResponse<Stream<String>>> response;

	private volatile Stream<String> body;

	LiveStream(CompletableFuture<HttpResponse<Stream<String>>> response) {
		this.response = response;
		response.thenAcceptAsync((answer) -> {
			this.body = answer.body();
			try {
				this.body.forEach(this.lines::add);
			}
			catch (RuntimeException ex) {
				// closed by the test, or the stream ended
			}
		});
	}

	/** The {@code data:} lines so far, without their prefix. */
	List<String> data() {
		return this.lines.stream().filter((line) -> line.startsWith("data:")).map((line) -> line.substring(5)).toList();
	}

	/** Whether the answer's headers have arrived, and with which status. */
	int status() {
		return this.response.join().statusCode();
	}

	@Override
	public void close() {
		Stream<String> open = this.body;
		if (open != null) {
			open.close();
		}
		this.response.cancel(true);
	}

}
