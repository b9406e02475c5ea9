package org.careflow.patient.chart;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.Topics;
import org.careflow.patient.care.CareRelations;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every chart IT shares, on real infrastructure (Kafka, the MongoDB-protocol store,
 * Keycloak with the careflow realm and its demo users): one Spring context for all of
 * them (same configuration, so the test framework caches it), real tokens, new patients
 * registered through the API, and care relations made the way production makes them — an
 * {@code appointment.booked} event on Kafka.
 */
// the other services' parts of an export are not running here: a refused connection each
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "careflow.demo-data=true", "careflow.export.sources.appointment-service=http://127.0.0.1:1",
				"careflow.export.sources.notification-service=http://127.0.0.1:1" })
public abstract class ChartItSupport {

	protected static final String PASSWORD = "correct-horse-battery";

	/** The demo doctor, Dr House. */
	protected static final String HOUSE = "00000000-0000-4000-8000-000000000002";

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "careflow-patients-chart-it");
		TestInfrastructure.registerClient(registry, "patient-service");
		TestInfrastructure.registerLinkSigning(registry);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private CareRelations care;

	protected RestClient http;

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	/** A demo user's token (password {@code careflow-demo}), fetched once per run. */
	protected static String tokenOf(String demoUser) {
		return TOKENS.computeIfAbsent(demoUser,
				(user) -> TestInfrastructure.keycloak().accessToken(user + "@careflow.local", "careflow-demo"));
	}

	/** A newly registered patient, with their own token. */
	protected NewPatient newPatient(String firstName, String lastName) {
		String email = "chart." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		ResponseEntity<JsonNode> created = this.http.post()
			.uri("/api/patients/register")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", PASSWORD, "firstName", firstName, "lastName", lastName,
					"birthDate", "1985-12-10", "phone", "+44 20 7946 0958"))
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(created.getStatusCode().value()).as("registration: %s", created.getBody()).isEqualTo(201);
		String id = created.getBody().get("id").asString();
		return new NewPatient(id, TestInfrastructure.keycloak().accessToken(email, PASSWORD));
	}

	/** Books the patient with the doctor as appointment-service would announce it. */
	protected void putInCareOf(String doctorId, String patientId) {
		Instant start = Instant.now().plus(Duration.ofDays(1));
		AppointmentBooked booked = AppointmentBooked.of(UUID.randomUUID().toString(), patientId, doctorId, start,
				start.plus(Duration.ofMinutes(30)), "Europe/Paris");
		this.kafka.send(Topics.APPOINTMENTS, booked.aggregateId(), EventJson.write(booked)).join();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.care.isInCareOf(doctorId, patientId));
	}

	protected ResponseEntity<JsonNode> call(HttpMethod method, String path, String token, Object body) {
		return call(method, path, token, body, HttpHeaders.EMPTY);
	}

	protected ResponseEntity<JsonNode> call(HttpMethod method, String path, String token, Object body,
			HttpHeaders headers) {
		RestClient.RequestBodySpec request = this.http.method(method).uri(path).headers((h) -> {
			h.addAll(headers);
			if (token != null) {
				h.setBearerAuth(token);
			}
		});
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().toEntity(JsonNode.class);
	}

	protected record NewPatient(String id, String token) {
	}

}
