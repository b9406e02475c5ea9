package org.careflow.gateway;

import java.net.http.HttpResponse;

import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's keys cannot be fetched (here: nothing listens where they should be): a
 * caller with a genuine token is told to retry (503), not that their token is bad, and
 * nothing is forwarded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "management.server.port=0",
		"careflow.security.jwk-set-uri=http://127.0.0.1:1/realms/careflow/protocol/openid-connect/certs" })
class GatewayKeycloakDownIT {

	private static final DownstreamServer patientService = DownstreamServer.start();

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("careflow.security.issuer-uri", () -> TestInfrastructure.keycloak().issuerUri());
		registry.add("PATIENT_SERVICE_URL", patientService::url);
	}

	@Test
	void aGenuineTokenThatCannotBeCheckedGets503WithRetryAfter() {
		String token = GatewayIT.patientToken();

		HttpResponse<String> response = new GatewayClient(this.port).get("/api/patients/me", token);

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).contains("10");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(GatewayClient.json(response).get("detail").asString()).contains("identity provider");
		assertThat(patientService.received()).isEmpty();
	}

}
