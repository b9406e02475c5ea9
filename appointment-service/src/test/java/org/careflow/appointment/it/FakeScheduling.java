package org.careflow.appointment.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for the scheduling service's claim endpoint, so a
 * booking can succeed without starting the other service. Its rules: a start at minute 15
 * is off the grid (422), any start at 13:00 UTC is taken (409), everything else is
 * claimed (201, 30-minute slots in Europe/Paris).
 */
final class FakeScheduling implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	FakeScheduling() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/internal/slot-claims", this::claim);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The Authorization headers of the claims received, oldest first. */
	List<String> authorizations() {
		return this.authorizations;
	}

	private void claim(HttpExchange exchange) throws IOException {
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		JsonNode claim = JSON.readTree(exchange.getRequestBody());
		Instant start = Instant.parse(claim.get("start").asString());
		int minute = start.atZone(ZoneOffset.UTC).getMinute();
		int hour = start.atZone(ZoneOffset.UTC).getHour();
		if (minute == 15) {
			respond(exchange, 422, """
					{"title":"Slot not bookable","status":422,"detail":"No slot of this doctor starts at %s."}
					""".formatted(start));
		}
		else if (hour == 13) {
			respond(exchange, 409, """
					{"title":"Slot already taken","status":409,"detail":"taken"}
					""");
		}
		else {
			respond(exchange, 201, """
					{"doctorId":"%s","start":"%s","end":"%s","timeZone":"Europe/Paris"}
					""".formatted(claim.get("doctorId").asString(), start, start.plusSeconds(1800)));
		}
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
