package org.careflow.gateway;

import java.net.http.HttpResponse;

import org.careflow.testinfra.TestTokenIssuer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API port serves health probes and nothing else of the actuator; metrics and the
 * rest are on the management port, open to whoever can reach it (the network keeps it
 * private).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class GatewayManagementIT {

	private static final TestTokenIssuer issuer = TestTokenIssuer.start();

	@Value("${local.server.port}")
	private int port;

	@LocalManagementPort
	private int managementPort;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		issuer.register(registry);
	}

	@Test
	void healthProbesAnswerOnTheApiPortWithoutToken() {
		GatewayClient api = new GatewayClient(this.port);

		assertUp(api.get("/livez", null));
		assertUp(api.get("/readyz", null));
	}

	@Test
	void theApiPortServesNoMetrics() {
		GatewayClient api = new GatewayClient(this.port);

		GatewayIT.assertUnauthorizedProblem(api.get("/actuator/prometheus", null));
		HttpResponse<String> withToken = api.get("/actuator/prometheus", issuer.token("curious-user"));
		assertThat(withToken.statusCode()).isEqualTo(404);
		assertThat(withToken.body()).doesNotContain("jvm_");
		assertThat(api.get("/actuator/health", issuer.token("curious-user")).statusCode()).isEqualTo(404);
	}

	@Test
	void theManagementPortServesHealthInfoAndMetricsWithoutToken() {
		GatewayClient management = new GatewayClient(this.managementPort);

		assertUp(management.get("/actuator/health", null));
		assertUp(management.get("/actuator/health/readiness", null));
		assertThat(management.get("/actuator/info", null).statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = management.get("/actuator/prometheus", null);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("application=\"gateway\"");
	}

	@Test
	void theManagementPortOpensNothingButTheActuator() {
		GatewayClient management = new GatewayClient(this.managementPort);

		GatewayIT.assertUnauthorizedProblem(management.get("/api/doctors", null));
		GatewayIT.assertUnauthorizedProblem(management.get("/internal/patients/1", null));
	}

	private static void assertUp(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

}
