package org.careflow.testinfra;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** A plain HTTP client for the service under test that never throws on 4xx/5xx. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	public ApiClient(int port) {
		this.http = RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	/**
	 * Sends {@code body} as JSON unless it is null, with a bearer token unless that is
	 * null.
	 */
	public Response call(HttpMethod method, String path, String token, Object body) {
		RestClient.RequestBodySpec request = this.http.method(method).uri(path);
		if (token != null) {
			request.headers(headers -> headers.setBearerAuth(token));
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange((req, res) -> {
			String text = new String(res.getBody().readAllBytes());
			MediaType type = res.getHeaders().getContentType();
			boolean json = type != null && type.getSubtype().contains("json") && !text.isBlank();
			return new Response(res.getStatusCode().value(), json ? JSON.readTree(text) : null,
					res.getHeaders().getFirst("Location"));
		});
	}

	public Response get(String path, String token) {
		return call(HttpMethod.GET, path, token, null);
	}

	/** {@code body} is null when the answer had no JSON body. */
	public record Response(int status, JsonNode body, String location) {
	}

}
