package org.careflow.localstack;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The real Keycloak server with the repository's realm, started once for these tests. */
class KeycloakServerIT {

	private static KeycloakServer keycloak;

	@BeforeAll
	static void start() {
		keycloak = KeycloakServer.start(KeycloakSettings.temporary()
			.withEnvironment(Map.of("APPOINTMENT_SERVICE_CLIENT_SECRET", "given-secret-0123456789")));
	}

	@AfterAll
	static void stop() {
		keycloak.close();
	}

	@Test
	void realKeycloakIssuesAPasswordGrantTokenForADemoPatient() throws Exception {
		String token = keycloak.accessToken("careflow-web", "patient@careflow.local", "careflow-demo");

		JsonNode claims = claims(token);
		assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuerUri()).startsWith("http://localhost:");
		assertThat(claims.path("sub").asText()).isEqualTo("00000000-0000-4000-8000-000000000006");
		assertThat(claims.path("realm_access").path("roles").toString()).contains("\"patient\"");
		assertThat(claims.path("aud").toString()).contains("careflow-api");
	}

	@Test
	void aServiceGetsItsOwnTokenWithTheServiceRoleFromTheSecretItWasStartedWith() throws Exception {
		assertThat(keycloak.clientSecret("appointment-service")).isEqualTo("given-secret-0123456789");
		assertThat(keycloak.clientSecret("patient-service")).as("generated when not given").hasSizeGreaterThan(20);

		JsonNode claims = claims(keycloak.serviceToken("appointment-service"));

		assertThat(claims.path("azp").asText()).isEqualTo("appointment-service");
		assertThat(claims.path("realm_access").path("roles").toString()).isEqualTo("[\"service\"]");
		assertThat(claims.path("aud").toString()).contains("careflow-api");
		assertThatIllegalStateException().isThrownBy(() -> KeycloakServer.clientCredentialsGrant(keycloak.tokenUrl(),
				"appointment-service", "${APPOINTMENT_SERVICE_CLIENT_SECRET}"));
	}

	private static JsonNode claims(String jwt) throws Exception {
		String payload = jwt.split("\\.")[1];
		return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

}
