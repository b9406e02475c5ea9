package org.careflow.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * CareFlow's public API as the seeding calls it: JSON in and out, a bearer token when
 * given. A 429 is waited out (its {@code Retry-After}) rather than failing the seeding,
 * and so is a 503: CareFlow answers it when a dependency did not answer in time and
 * nothing was done (a service just restarted with its new AOT cache may be slow for its
 * first calls).
 */
final class Api {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final int ATTEMPTS = 5;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	Api(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	Reply get(String path, String token) {
		return send(request(path, token).GET());
	}

	Reply post(String path, String token, Object body) {
		return send(request(path, token).POST(json(body)));
	}

	Reply put(String path, String token, Object body) {
		return send(request(path, token).PUT(json(body)));
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json");
		return (token != null) ? builder.header("Authorization", "Bearer " + token) : builder;
	}

	private Reply send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		try {
			for (int attempt = 1;; attempt++) {
				HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
				int status = response.statusCode();
				if ((status != 429 && status != 503) || attempt == ATTEMPTS) {
					return new Reply(status, response.body());
				}
				long seconds = response.headers()
					.firstValue("Retry-After")
					.map(Long::parseLong)
					.orElse((status == 503) ? 2L : 1L);
				Thread.sleep(Duration.ofSeconds(Math.min(seconds, 10)));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static HttpRequest.BodyPublisher json(Object body) {
		try {
			return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/** One answer: its status and body. */
	record Reply(int status, String body) {

		JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Not JSON (" + this.status + "): " + this.body, ex);
			}
		}

		Optional<String> text(String field) {
			return Optional.ofNullable(json().get(field)).map(JsonNode::asText);
		}

		/** Fails with the answer when the status is not the one expected. */
		Reply expect(int expected, String what) {
			if (this.status != expected) {
				throw new IllegalStateException(
						what + " answered " + this.status + " (expected " + expected + "): " + this.body);
			}
			return this;
		}

	}

}
