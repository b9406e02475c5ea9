package org.careflow.localstack;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakServerIT {

	@Test
	void realKeycloakIssuesAPasswordGrantTokenForADemoPatient() throws Exception {
		try (KeycloakServer keycloak = KeycloakServer.start(KeycloakSettings.temporary())) {
			String token = keycloak.accessToken("careflow-web", "patient@careflow.local", "careflow");

			JsonNode claims = claims(token);
			assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuerUri()).startsWith("http://localhost:");
			assertThat(claims.path("sub").asText()).isEqualTo("00000000-0000-4000-8000-000000000006");
			assertThat(claims.path("realm_access").path("roles").toString()).contains("\"patient\"");
			assertThat(claims.path("aud").toString()).contains("careflow-api");
		}
	}

	private static JsonNode claims(String jwt) throws Exception {
		String payload = jwt.split("\\.")[1];
		return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

}
