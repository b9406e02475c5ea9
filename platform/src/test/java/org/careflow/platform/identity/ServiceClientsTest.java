package org.careflow.platform.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client of another service, against a real (tiny) HTTP server: how an answer cut off
 * in its body fails, which decides whether retries and breakers see it.
 */
class ServiceClientsTest {

	private static final ClientHttpRequestInterceptor NO_TOKEN = (request, body, execution) -> execution
		.execute(request, body);

	private HttpServer server;

	private RestClient client;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/whole", (exchange) -> answer(exchange, 200, "{\"start\":\"09:00\"}"));
		this.server.createContext("/refused", (exchange) -> answer(exchange, 409, "{\"title\":\"Slot taken\"}"));
		this.server.createContext("/stalls", ServiceClientsTest::headersThenStall);
		this.server.createContext("/huge",
				(exchange) -> answer(exchange, 200, "\"" + "x".repeat(ServiceClients.MAX_ANSWER_BYTES) + "\""));
		this.server.start();
		this.client = ServiceClients.of(RestClient.builder(), "http://127.0.0.1:" + this.server.getAddress().getPort(),
				Duration.ofMillis(500), Duration.ofMillis(300), NO_TOKEN);
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void aWholeAnswerIsReadAsUsual() {
		assertThat(this.client.get().uri("/whole").retrieve().body(Map.class)).containsEntry("start", "09:00");
	}

	@Test
	void anErrorAnswerStillReachesTheCallerWithItsBody() {
		assertThatThrownBy(() -> this.client.get().uri("/refused").retrieve().body(Map.class))
			.isInstanceOfSatisfying(HttpClientErrorException.class, (ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(409);
				assertThat(ex.getResponseBodyAsString()).contains("Slot taken");
			});
	}

	@Test
	void anAnswerCutOffInItsBodyIsAnIoFailureLikeNoAnswerAtAll() {
		// before, this was a plain RestClientException: neither retried nor counted
		assertThatThrownBy(() -> this.client.get().uri("/stalls").retrieve().body(Map.class))
			.isInstanceOf(ResourceAccessException.class);
	}

	@Test
	void anAnswerTooLargeToHoldIsAFailureOfTheOtherService() {
		assertThatThrownBy(() -> this.client.get().uri("/huge").retrieve().body(String.class))
			.isInstanceOf(ResourceAccessException.class)
			.hasMessageContaining("over " + ServiceClients.MAX_ANSWER_BYTES + " bytes");
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/** The status and the first bytes, then nothing for longer than the read timeout. */
	private static void headersThenStall(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(201, 64);
		OutputStream out = exchange.getResponseBody();
		out.write("{\"start\":".getBytes(StandardCharsets.UTF_8));
		out.flush();
		try {
			Thread.sleep(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		exchange.close();
	}

}
