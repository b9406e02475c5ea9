package org.careflow.gateway;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration limit as shipped (10 per hour per address, bursts of 10): a script
 * registering accounts in a loop is stopped after the burst.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class GatewayDefaultRegistrationLimitIT {

	private static final DownstreamServer patientService = DownstreamServer.start();

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("PATIENT_SERVICE_URL", patientService::url);
	}

	@Test
	void thirtyQuickRegistrationsFromOneAddressAreCutOffAfterTheDefaultBurst() {
		GatewayClient script = GatewayClient.from("127.0.0.20", this.port);
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			responses.add(script.post("/api/patients/register", null, "{\"email\":\"bot" + i + "@example.org\"}"));
		}

		assertThat(responses.subList(0, 10)).allSatisfy((response) -> assertThat(response.statusCode()).isEqualTo(200));
		List<HttpResponse<String>> refused = responses.stream()
			.filter((response) -> response.statusCode() != 200)
			.toList();
		assertThat(refused).isNotEmpty()
			.allSatisfy((response) -> GatewayRateLimitIT.assertTooManyRequests(response, "registration"));
		assertThat(patientService.received()).hasSize(30 - refused.size());
	}

}
