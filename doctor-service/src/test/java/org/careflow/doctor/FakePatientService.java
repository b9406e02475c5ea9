package org.careflow.doctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for patient-service's {@code GET /internal/departments/{id}/members} in this
 * module's IT (the real one answers in the system tests): answers what it is told to, and
 * remembers whether the last call carried a bearer token.
 */
final class FakePatientService implements AutoCloseable {

	static final String NOBODY = "{\"patientIds\":[],\"patientCount\":0,\"admittedPatientIds\":[],\"admittedCount\":0}";

	private final HttpServer server;

	private final AtomicReference<Answer> answer = new AtomicReference<>(new Answer(200, NOBODY));

	private final AtomicReference<String> lastAuthorization = new AtomicReference<>();

	FakePatientService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/internal/departments/", (exchange) -> {
			this.lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
			Answer now = this.answer.get();
			byte[] body = now.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(now.status(), body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void answer(int status, String body) {
		this.answer.set(new Answer(status, body));
	}

	String lastAuthorization() {
		return this.lastAuthorization.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Answer(int status, String body) {
	}

}
