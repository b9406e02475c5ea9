package org.careflow.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP client of one base URL: the gateway (the public API, as an external app reaches
 * it) or, for the tests that check a service does not trust its network, one service.
 */
final class Api {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	Api(String baseUrl) {
		this.baseUrl = baseUrl;
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

	/** Any method; {@code body} may be null for none. */
	Reply call(String method, String path, String token, Object body) {
		HttpRequest.BodyPublisher publisher = (body != null) ? json(body) : HttpRequest.BodyPublishers.noBody();
		return send(request(path, token).method(method, publisher));
	}

	/** A GET of something that is not JSON (a PDF, an image): its bytes as they came. */
	Download download(String path, String token) {
		HttpRequest request = request(path, token).setHeader("Accept", "*/*").GET().build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The status of a GET whose answer may never end (an event stream): read as soon as
	 * the headers arrive, then the connection is let go.
	 */
	int statusOfStream(String path, String token) {
		HttpRequest request = request(path, token).setHeader("Accept", "text/event-stream, application/problem+json")
			.GET()
			.build();
		try {
			HttpResponse<java.io.InputStream> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofInputStream());
			response.body().close();
			return response.statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Opens an event stream and collects its lines as they arrive, until closed.
	 */
	LiveStream openStream(String path, String token) {
		HttpRequest request = request(path, token).setHeader("Accept", "text/event-stream, application/problem+json")
			.timeout(Duration.ofMinutes(10))
			.GET()
			.build();
		return new LiveStream(this.http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()));
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private static HttpRequest.BodyPublisher json(Object body) {
		String text = (body instanceof String raw) ? raw : JSON.writeValueAsString(body);
		return HttpRequest.BodyPublishers.ofString(text);
	}

	private Reply send(HttpRequest.Builder builder) {
		HttpRequest request = builder.header("Content-Type", "application/json").build();
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			String text = response.body();
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			JsonNode body = (text == null || text.isBlank()) ? JSON.nullNode()
					: contentType.contains("json") ? JSON.readTree(text) : JSON.getNodeFactory().stringNode(text);
			return new Reply(response.statusCode(), body, took, contentType);
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A downloaded file. */
	record Download(int status, byte[] bytes, String contentType, String disposition) {
	}

	/** An answer, with how long it took as the client saw it. */
	record Reply(int status, JsonNode body, Duration took, String contentType) {

		String text(String field) {
			return this.body.path(field).asString();
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
