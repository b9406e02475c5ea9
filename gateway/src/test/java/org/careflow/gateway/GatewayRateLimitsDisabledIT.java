package org.careflow.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code RATE_LIMIT_ENABLED=false} lifts every rate limit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "careflow.rate-limit.enabled=false" })
class GatewayRateLimitsDisabledIT {

	private static final DownstreamServer patientService = DownstreamServer.start();

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("PATIENT_SERVICE_URL", patientService::url);
	}

	@Test
	void registrationsBeyondTheDefaultBurstAllPass() {
		GatewayClient client = GatewayClient.from("127.0.0.30", this.port);

		for (int i = 0; i < 15; i++) {
			assertThat(client.post("/api/patients/register", null, "{}").statusCode()).isEqualTo(200);
		}
		assertThat(patientService.received()).hasSize(15);
	}

}
