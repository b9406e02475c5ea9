package org.careflow.platform.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's own access token, for calls to other services: the client credentials
 * grant of its Keycloak client, whose token carries the realm role {@code service}. Never
 * an end user's relayed token. One token is shared by all calls and renewed shortly
 * before it expires, so a call costs a token request only every few minutes.
 */
public class ServiceTokens {

	/** Renew this long before expiry, so a token never expires on its way. */
	static final Duration EARLY_RENEWAL = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Short, so a call that needs a new token still answers within the caller's budget (a
	 * booking: two seconds) when Keycloak hangs.
	 */
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

	private final IdentityProperties identity;

	private final Clock clock;

	private volatile Token current;

	public ServiceTokens(IdentityProperties identity, Clock clock) {
		this.identity = identity;
		this.clock = clock;
	}

	/**
	 * A valid token, fetched if there is none or it is about to expire.
	 * @throws ServiceTokenUnavailableException if Keycloak does not issue one
	 */
	public String token() {
		Token token = this.current;
		if (token != null && token.usableAt(this.clock.instant())) {
			return token.value();
		}
		synchronized (this) {
			token = this.current;
			if (token == null || !token.usableAt(this.clock.instant())) {
				token = fetch();
				this.current = token;
			}
			return token.value();
		}
	}

	/** Forgets the token, e.g. after a service refused it: the next call fetches anew. */
	public void invalidate() {
		this.current = null;
	}

	private Token fetch() {
		String form = "grant_type=client_credentials&client_id=" + encode(this.identity.clientId()) + "&client_secret="
				+ encode(this.identity.clientSecret());
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.identity.tokenUri()))
			.timeout(Duration.ofSeconds(1))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new ServiceTokenUnavailableException("Keycloak answered " + response.statusCode(), null);
			}
			JsonNode body = JSON.readTree(response.body());
			String value = body.path("access_token").asString("");
			if (value.isEmpty()) {
				throw new ServiceTokenUnavailableException("Keycloak's answer holds no access token", null);
			}
			Instant expiresAt = this.clock.instant().plusSeconds(body.path("expires_in").asLong(60));
			return new Token(value, expiresAt);
		}
		catch (IOException | JacksonException ex) {
			throw new ServiceTokenUnavailableException("Keycloak could not be asked: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceTokenUnavailableException("Interrupted while asking Keycloak", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record Token(String value, Instant expiresAt) {

		boolean usableAt(Instant now) {
			return now.plus(EARLY_RENEWAL).isBefore(this.expiresAt);
		}

	}

}
