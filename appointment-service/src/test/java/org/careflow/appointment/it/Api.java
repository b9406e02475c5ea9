package org.careflow.appointment.it;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the service under test that never throws on 4xx/5xx. */
final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	Api(int port) {
		this.http = RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	Response call(HttpMethod method, String path, String token, Object body) {
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

	Response get(String path, String token) {
		return call(HttpMethod.GET, path, token, null);
	}

	record Response(int status, JsonNode body, String location) {
	}

}
