package org.careflow.testinfra;

import org.careflow.localstack.KeycloakServer;

/** A running Keycloak with realm {@code careflow} and its demo users imported. */
public interface KeycloakEndpoint {

	/** e.g. {@code http://localhost:18180}. */
	String baseUrl();

	/** The {@code iss} of tokens this Keycloak issues for realm careflow. */
	String issuerUri();

	default String jwkSetUri() {
		return baseUrl() + "/realms/careflow/protocol/openid-connect/certs";
	}

	/**
	 * The secret of one of the realm's confidential clients (e.g.
	 * {@code appointment-service}), as this Keycloak was given it.
	 */
	String clientSecret(String clientId);

	default String tokenUrl() {
		return baseUrl() + "/realms/careflow/protocol/openid-connect/token";
	}

	/**
	 * A service's own access token (client credentials), carrying the realm role
	 * {@code service} where the realm grants it.
	 */
	default String serviceToken(String clientId) {
		return KeycloakServer.clientCredentialsGrant(tokenUrl(), clientId, clientSecret(clientId));
	}

	/** A real access token for a user, by the password grant of client careflow-web. */
	default String accessToken(String username, String password) {
		return KeycloakServer.passwordGrant(tokenUrl(), "careflow-web", username, password);
	}

}
