package org.careflow.testinfra;

import java.util.Map;

import org.careflow.localstack.KeycloakServer;
import org.careflow.localstack.KeycloakSettings;

/**
 * The real Keycloak server distribution as a child process, clean for each test JVM. It
 * sends its own emails (e-mail verification) to the test SMTP server, and its client
 * secrets are generated afresh.
 */
final class EmbeddedKeycloak {

	private EmbeddedKeycloak() {
	}

	static KeycloakEndpoint start(SmtpEndpoint smtp) {
		KeycloakSettings settings = KeycloakSettings.temporary()
			.withEnvironment(
					Map.of("CAREFLOW_SMTP_HOST", smtp.host(), "CAREFLOW_SMTP_PORT", String.valueOf(smtp.port())));
		KeycloakServer server = Embedded.closedAtExit(KeycloakServer.start(settings));
		return new KeycloakEndpoint() {

			@Override
			public String baseUrl() {
				return server.baseUrl();
			}

			@Override
			public String issuerUri() {
				return server.issuerUri();
			}

			@Override
			public String clientSecret(String clientId) {
				return server.clientSecret(clientId);
			}

		};
	}

}
