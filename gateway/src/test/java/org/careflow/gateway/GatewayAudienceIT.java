package org.careflow.gateway;

import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A genuine, well-signed token from the right realm is still refused when it was not
 * issued for this API: here the gateway expects another audience than careflow-api.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "careflow.security.audience=some-other-api" })
class GatewayAudienceIT {

	private static final DownstreamServer patientService = DownstreamServer.start();

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("careflow.security.issuer-uri", () -> TestInfrastructure.keycloak().issuerUri());
		registry.add("careflow.security.jwk-set-uri", () -> TestInfrastructure.keycloak().jwkSetUri());
		registry.add("PATIENT_SERVICE_URL", patientService::url);
	}

	@Test
	void aTokenForAnotherAudienceIsTurnedAwayWith401() {
		String token = GatewayIT.patientToken();

		GatewayIT.assertUnauthorizedProblem(new GatewayClient(this.port).get("/api/patients/me", token));
		assertThat(patientService.received()).isEmpty();
	}

}
