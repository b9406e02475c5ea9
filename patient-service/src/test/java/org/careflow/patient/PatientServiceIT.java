package org.careflow.patient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careflow.events.PatientRegistered;
import org.careflow.events.Topics;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient service on real infrastructure: a real Kafka broker, a MongoDB-protocol
 * store and the real Keycloak server with the careflow realm. Tokens are real
 * password-grant tokens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "careflow.demo-data=true")
class PatientServiceIT {

	private static final String PASSWORD = "correct-horse-battery";

	private static final String DEMO_PATIENT_ID = "00000000-0000-4000-8000-000000000006";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "careflow-patients-it");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private CircuitBreakerRegistry breakers;

	@Autowired
	private PatientRepository patients;

	private RestClient http;

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	@Test
	void aNewPatientRegistersSignsInAndReadsTheirOwnProfile() {
		String email = uniqueEmail();

		ResponseEntity<JsonNode> created = register(registration(email.toUpperCase()));

		assertThat(created.getStatusCode().value()).isEqualTo(201);
		String id = created.getBody().get("id").asString();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/patients/" + id);
		assertThat(created.getBody().get("email").asString()).isEqualTo(email);
		assertThat(created.getBody().has("password")).isFalse();

		String token = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		ResponseEntity<JsonNode> me = get("/api/patients/me", token);

		assertThat(me.getStatusCode().value()).isEqualTo(200);
		assertThat(me.getBody().get("id").asString()).isEqualTo(id);
		assertThat(me.getBody().get("firstName").asString()).isEqualTo("Ada");
		assertThat(me.getBody().get("lastName").asString()).isEqualTo("Lovelace");
		assertThat(me.getBody().get("birthDate").asString()).isEqualTo("1985-12-10");
		assertThat(me.getBody().get("phone").asString()).isEqualTo("+44 20 7946 0958");
	}

	@Test
	void registeringAnEmailTwiceIsAConflict() {
		String email = uniqueEmail();
		assertThat(register(registration(email)).getStatusCode().value()).isEqualTo(201);

		ResponseEntity<JsonNode> again = register(registration(email.toUpperCase()));

		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(again.getBody().get("title").asString()).isEqualTo("Email already registered");
	}

	@Test
	void anEmailThatAlreadyHasALoginIsAConflict() {
		ResponseEntity<JsonNode> nurse = register(registration("nurse@careflow.local"));

		assertThat(nurse.getStatusCode().value()).isEqualTo(409);
		assertThat(this.patients.existsByEmail("nurse@careflow.local")).as("profile stored").isFalse();
	}

	@Test
	void anInvalidRegistrationIsRefusedNamingEveryBadField() {
		Map<String, Object> invalid = Map.of("email", "not-an-email", "password", "short", "birthDate", "2999-01-01",
				"phone", "call me");

		ResponseEntity<JsonNode> response = register(invalid);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("email", "password", "firstName", "lastName", "birthDate", "phone");
	}

	@Test
	void theOwnProfileNeedsAToken() {
		ResponseEntity<JsonNode> response = this.http.get().uri("/api/patients/me").retrieve().toEntity(JsonNode.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theDemoPatientFindsHerProfile() {
		String token = TestInfrastructure.keycloak().accessToken("patient@careflow.local", "careflow");

		ResponseEntity<JsonNode> me = get("/api/patients/me", token);

		assertThat(me.getStatusCode().value()).isEqualTo(200);
		assertThat(me.getBody().get("id").asString()).isEqualTo(DEMO_PATIENT_ID);
		assertThat(me.getBody().get("lastName").asString()).isEqualTo("Doe");
		assertThat(me.getBody().get("birthDate").asString()).isEqualTo("1990-04-12");
	}

	@Test
	void staffReadAnyPatientButAPatientMayNotReadAnother() {
		String id = register(registration(uniqueEmail())).getBody().get("id").asString();
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow");
		String jane = TestInfrastructure.keycloak().accessToken("patient@careflow.local", "careflow");

		assertThat(get("/api/patients/" + id, nurse).getStatusCode().value()).isEqualTo(200);
		assertThat(get("/api/patients/" + id, jane).getStatusCode().value()).isEqualTo(403);
		assertThat(get("/api/patients/" + DEMO_PATIENT_ID, jane).getStatusCode().value()).isEqualTo(200);
		assertThat(get("/api/patients/" + UUID.randomUUID(), nurse).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void aRegistrationIsAnnouncedOnThePatientsTopic() {
		String email = uniqueEmail();
		String id = register(registration(email)).getBody().get("id").asString();

		ConsumerRecord<String, String> record = KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(),
				Topics.PATIENTS, (candidate) -> id.equals(candidate.key()), Duration.ofSeconds(30));

		PatientRegistered event = (PatientRegistered) EventJson.read(record.value()).orElseThrow();
		assertThat(event.type()).isEqualTo("patient.registered");
		assertThat(event.aggregateId()).isEqualTo(id);
		assertThat(event.email()).isEqualTo(email);
		assertThat(new String(record.headers().lastHeader("eventType").value())).isEqualTo("patient.registered");
	}

	@Test
	void whileTheKeycloakBreakerIsOpenRegistrationIsRefusedAndNothingIsStored() {
		CircuitBreaker keycloak = this.breakers.circuitBreaker("keycloak");
		String email = uniqueEmail();
		keycloak.transitionToForcedOpenState();
		try {
			ResponseEntity<JsonNode> refused = register(registration(email));

			assertThat(refused.getStatusCode().value()).isEqualTo(503);
			assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
			assertThat(this.patients.existsByEmail(email)).isFalse();
		}
		finally {
			keycloak.transitionToClosedState();
		}
		assertThat(register(registration(email)).getStatusCode().value()).isEqualTo(201);
	}

	private ResponseEntity<JsonNode> register(Map<String, Object> body) {
		return this.http.post()
			.uri("/api/patients/register")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private ResponseEntity<JsonNode> get(String path, String token) {
		return this.http.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private static Map<String, Object> registration(String email) {
		return Map.of("email", email, "password", PASSWORD, "firstName", "Ada", "lastName", "Lovelace", "birthDate",
				"1985-12-10", "phone", "+44 20 7946 0958");
	}

	private static String uniqueEmail() {
		return "ada." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
