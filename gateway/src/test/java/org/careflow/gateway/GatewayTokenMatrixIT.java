package org.careflow.gateway;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.careflow.testinfra.TestTokenIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a token can be wrong is turned away with the same 401 problem, and nothing
 * reaches the service. The gateway checks tokens against {@link TestTokenIssuer}'s key,
 * so each claim can be set at will; one well-formed token is let through, so the matrix
 * cannot pass by refusing everything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class GatewayTokenMatrixIT {

	private static final TestTokenIssuer issuer = TestTokenIssuer.start();

	private static final DownstreamServer patientService = DownstreamServer.start();

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		issuer.register(registry);
		registry.add("PATIENT_SERVICE_URL", patientService::url);
	}

	@BeforeEach
	void forgetEarlierRequests() {
		patientService.received().clear();
	}

	@Test
	void aWellFormedTokenReachesTheService() {
		HttpResponse<String> response = new GatewayClient(this.port).get("/api/patients/me", issuer.token("patient-1"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(patientService.received()).hasSize(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void aBadTokenGets401ProblemAndNothingReachesTheService(String token) {
		HttpResponse<String> response = new GatewayClient(this.port).get("/api/patients/me", token);

		GatewayIT.assertUnauthorizedProblem(response);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(patientService.received()).isEmpty();
	}

	@Test
	void theBearerSchemeIsMatchedInAnyCase() {
		HttpResponse<String> response = new GatewayClient(this.port).getWithAuthorization("/api/patients/me",
				"bEaReR " + issuer.token("patient-1"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(patientService.received()).hasSize(1);
	}

	@ParameterizedTest(name = "Authorization: {0}")
	@ValueSource(strings = { "Bearer", "Bearer ", "Bearer abc def", "Bearer abc=def", "Bearer =abc", "Bearer a,b",
			"Basic dXNlcjpwYXNz", "Token abc" })
	void aMalformedOrForeignAuthorizationHeaderGets401ProblemAndNothingReachesTheService(String authorization) {
		HttpResponse<String> response = new GatewayClient(this.port).getWithAuthorization("/api/patients/me",
				authorization);

		GatewayIT.assertUnauthorizedProblem(response);
		assertThat(patientService.received()).isEmpty();
	}

	static Stream<Named<String>> badTokens() {
		return issuer.badTokens();
	}

}
