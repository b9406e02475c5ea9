package org.careflow.testinfra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

final class PasswordGrant {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PasswordGrant() {
	}

	static String accessToken(String keycloakUrl, String username, String password) {
		String form = "grant_type=password&client_id=careflow-web&scope=openid&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(keycloakUrl + "/realms/careflow/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("No token for " + username + ": " + response.body());
			}
			return JSON.readTree(response.body()).get("access_token").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak unreachable at " + keycloakUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
