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

	/** A real access token for a user, by the password grant of client careflow-web. */
	default String accessToken(String username, String password) {
		return KeycloakServer.passwordGrant(baseUrl() + "/realms/careflow/protocol/openid-connect/token",
				"careflow-web", username, password);
	}

}
