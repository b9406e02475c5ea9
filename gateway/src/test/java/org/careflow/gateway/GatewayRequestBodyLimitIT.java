package org.careflow.gateway;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.careflow.testinfra.TestTokenIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies above the default 1 MB are refused with a 413 problem and never reach a
 * service, whether their size is declared (Content-Length) or not (chunked); a body of
 * exactly 1 MB passes whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class GatewayRequestBodyLimitIT {

	private static final int ONE_MB = 1024 * 1024;

	private static final TestTokenIssuer issuer = TestTokenIssuer.start();

	private static final DownstreamServer appointmentService = DownstreamServer.start();

	@Value("${local.server.port}")
	private int port;

	private GatewayClient gateway;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		issuer.register(registry);
		registry.add("APPOINTMENT_SERVICE_URL", appointmentService::url);
	}

	@BeforeEach
	void connect() {
		this.gateway = new GatewayClient(this.port);
		appointmentService.received().clear();
	}

	@Test
	void aBodyOfExactlyTheLimitReachesTheServiceWhole() {
		HttpResponse<String> response = this.gateway.post("/api/appointments", issuer.token("patient-1"),
				HttpRequest.BodyPublishers.ofByteArray(new byte[ONE_MB]));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(appointmentService.received()).singleElement()
			.satisfies((request) -> assertThat(request.bodyLength()).isEqualTo(ONE_MB));
	}

	@Test
	void aDeclaredBodyAboveTheLimitGets413ProblemAndNothingReachesTheService() {
		HttpResponse<String> response = this.gateway.post("/api/appointments", issuer.token("patient-1"),
				HttpRequest.BodyPublishers.ofByteArray(new byte[ONE_MB + 1]));

		assertContentTooLargeProblem(response);
		assertThat(appointmentService.received()).isEmpty();
	}

	@Test
	void aChunkedBodyAboveTheLimitGets413ProblemAndNothingReachesTheService() {
		// an InputStream publisher has no length: the body is sent chunked
		HttpResponse<String> response = this.gateway.post("/api/appointments", issuer.token("patient-1"),
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[2 * ONE_MB])));

		assertContentTooLargeProblem(response);
		assertThat(appointmentService.received()).isEmpty();
	}

	@Test
	void aChunkedBodyWithinTheLimitReachesTheServiceWhole() {
		HttpResponse<String> response = this.gateway.post("/api/appointments", issuer.token("patient-1"),
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[ONE_MB])));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(appointmentService.received()).singleElement()
			.satisfies((request) -> assertThat(request.bodyLength()).isEqualTo(ONE_MB));
	}

	private static void assertContentTooLargeProblem(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = GatewayClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(413);
		assertThat(problem.get("detail").asString()).contains(String.valueOf(ONE_MB) + " bytes");
	}

}
