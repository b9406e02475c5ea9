package org.careflow.gateway;

import java.net.http.HttpResponse;
import java.util.List;

import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While patient-service is down, the welcome email's link and a printed document's QR
 * code answer a person's page saying to try again (not a problem JSON a browser would
 * show raw), as the appointment links do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class GatewayEmailLinksDownIT {

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("careflow.security.issuer-uri", () -> TestInfrastructure.keycloak().issuerUri());
		registry.add("careflow.security.jwk-set-uri", () -> TestInfrastructure.keycloak().jwkSetUri());
		// nothing listens there: patient-service is down throughout
		registry.add("PATIENT_SERVICE_URL", () -> "http://127.0.0.1:9");
	}

	@Test
	void whilePatientsAreDownTheWelcomeLinksPageSaysToTryAgain() {
		GatewayClient gateway = new GatewayClient(this.port);

		for (HttpResponse<String> response : List.of(gateway.get("/links/email/some-signed-token", null),
				gateway.post("/links/email/some-signed-token", null, "choice="),
				gateway.get("/verify/some-signed-token", null))) {
			assertThat(response.statusCode()).as("routed without a token, to a service that is down").isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
			assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(response.body()).contains("Please try again in a minute")
				.contains("your link still works")
				.doesNotContain("Appointments");
		}
	}

}
