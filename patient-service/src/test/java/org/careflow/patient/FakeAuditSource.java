package org.careflow.patient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small real HTTP server answering {@code GET /internal/audit} as appointment-service
 * would, with one entry for whichever patient is asked about; it can be made to fail.
 */
final class FakeAuditSource implements AutoCloseable {

	private final HttpServer server;

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private volatile boolean failing;

	FakeAuditSource() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/internal/audit", this::answer);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void failing(boolean failing) {
		this.failing = failing;
	}

	/** The Authorization header of each request received. */
	List<String> authorizations() {
		return this.authorizations;
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
		if (this.failing) {
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
			return;
		}
		String query = String.valueOf(exchange.getRequestURI().getQuery());
		String patientId = query.replaceAll(".*patientId=([^&]*).*", "$1");
		String body = """
				[{"id":"remote-1","at":"%s","actorId":"doctor-7","actorRole":"doctor",
				  "action":"read","resourceType":"appointment","resourceId":"a-1","patientId":"%s",
				  "outcome":"SUCCESS","traceId":null,"service":"appointment-service"}]
				""".formatted(Instant.now().minus(Duration.ofHours(1)), patientId);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
