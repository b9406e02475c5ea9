package org.careflow.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Real access tokens from the real Keycloak, by the password grant of the public client.
 */
final class Tokens {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String tokenEndpoint;

	Tokens(String keycloakUrl) {
		this.tokenEndpoint = keycloakUrl + "/realms/careflow/protocol/openid-connect/token";
	}

	String of(String username, String password) {
		String form = "grant_type=password&client_id=careflow-web&scope=openid&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.tokenEndpoint))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("No token for " + username + ": " + response.body());
			}
			return Api.JSON.readTree(response.body()).get("access_token").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
