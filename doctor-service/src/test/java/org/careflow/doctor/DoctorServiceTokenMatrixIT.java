package org.careflow.doctor;

import java.util.Map;
import java.util.stream.Stream;

import org.careflow.testinfra.TestInfrastructure;
import org.careflow.testinfra.TestTokenIssuer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service trusts no network: reached directly, past the gateway, it refuses every kind
 * of bad token itself, with the same 401 problem. It checks tokens against
 * {@link TestTokenIssuer}'s key here, so every claim can be set at will; a well-formed
 * token is let through, so the matrix cannot pass by refusing everything.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DoctorServiceTokenMatrixIT {

	private static final TestTokenIssuer issuer = TestTokenIssuer.start();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("management.server.port", () -> "0");
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongo().uri("careflow-doctors-token-it"));
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
		// the admin client is never used here; it only needs to be configurable
		registry.add("careflow.identity.client-id", () -> "doctor-service");
		registry.add("careflow.identity.client-secret", () -> "unused-in-this-test");
		issuer.register(registry);
	}

	@Test
	void aWellFormedTokenIsLetThrough() {
		assertThat(get(issuer.token("patient-1")).getStatusCode().value()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void aBadTokenGets401Problem(String token) {
		ResponseEntity<JsonNode> response = get(token);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
	}

	static Stream<Named<String>> badTokens() {
		return issuer.badTokens();
	}

	/**
	 * Signed in is enough to read departments; who works in them and changing them need a
	 * role, which this token (no realm roles at all) lacks.
	 */
	@Test
	void aTokenWithoutRolesReadsDepartmentsButNeitherSeesTheirDoctorsNorChangesThem() {
		String roleless = issuer.token("someone-1");
		Map<String, Object> department = Map.of("name", "Roleless");

		assertThat(send(HttpMethod.GET, "/api/departments", null, roleless).getStatusCode().value()).isEqualTo(200);
		assertThat(send(HttpMethod.GET, "/api/departments/d-1/doctors", null, roleless).getStatusCode().value())
			.isEqualTo(403);
		assertThat(send(HttpMethod.POST, "/api/departments", department, roleless).getStatusCode().value())
			.isEqualTo(403);
		assertThat(send(HttpMethod.DELETE, "/api/departments/d-1", null, roleless).getStatusCode().value())
			.isEqualTo(403);
		assertThat(send(HttpMethod.PUT, "/api/doctors/dr-1/department", Map.of("departmentId", "d-1"), roleless)
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	private ResponseEntity<JsonNode> get(String token) {
		return send(HttpMethod.GET, "/api/doctors", null, token);
	}

	private ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body, String token) {
		RestClient.RequestBodySpec request = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (ignored, response) -> {
			})
			.build()
			.method(method)
			.uri(path)
			.headers((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			});
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().toEntity(JsonNode.class);
	}

}
