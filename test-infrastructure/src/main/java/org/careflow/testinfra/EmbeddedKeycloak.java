package org.careflow.testinfra;

import org.careflow.localstack.KeycloakServer;
import org.careflow.localstack.KeycloakSettings;

/** The real Keycloak server distribution as a child process, clean for each test JVM. */
final class EmbeddedKeycloak {

	private EmbeddedKeycloak() {
	}

	static KeycloakEndpoint start() {
		KeycloakServer server = Embedded.closedAtExit(KeycloakServer.start(KeycloakSettings.temporary()));
		return new KeycloakEndpoint() {

			@Override
			public String baseUrl() {
				return server.baseUrl();
			}

			@Override
			public String issuerUri() {
				return server.issuerUri();
			}

		};
	}

}
