package org.careflow.doctor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * The doctor service on real infrastructure: a real Kafka broker, a MongoDB-protocol
 * store and the real Keycloak server with the careflow realm. Tokens are real
 * password-grant tokens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "careflow.demo-data=true")
class DoctorServiceIT {

	private static final String PASSWORD = "correct-horse-battery";

	private static final String HOUSE_ID = "00000000-0000-4000-8000-000000000002";

	private static String adminToken;

	private static String patientToken;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "careflow-doctors-it");
		TestInfrastructure.registerClient(registry, "doctor-service");
	}

	@BeforeAll
	static void tokens() {
		adminToken = TestInfrastructure.keycloak().accessToken("admin@careflow.local", "careflow-demo");
		patientToken = TestInfrastructure.keycloak().accessToken("patient@careflow.local", "careflow-demo");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private CircuitBreakerRegistry breakers;

	@Autowired
	private DoctorRepository doctors;

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
	void anAdminAddsADoctorWhoCanThenSignInAsADoctor() {
		String email = uniqueEmail();

		ResponseEntity<JsonNode> created = add(newDoctor(email, "Lisa", "Cuddy", "Endocrinology"), adminToken);

		assertThat(created.getStatusCode().value()).isEqualTo(201);
		String id = created.getBody().get("id").asString();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/doctors/" + id);
		assertThat(created.getBody().get("email").asString()).isEqualTo(email);
		assertThat(created.getBody().get("specialty").asString()).isEqualTo("Endocrinology");
		assertThat(created.getBody().has("password")).isFalse();

		String doctorToken = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		assertThat(realmRoles(doctorToken)).contains("doctor");
		assertThat(subject(doctorToken)).isEqualTo(id);
		ResponseEntity<JsonNode> self = get("/api/doctors/" + id, doctorToken);
		assertThat(self.getStatusCode().value()).isEqualTo(200);
		assertThat(self.getBody().get("lastName").asString()).isEqualTo("Cuddy");
	}

	@Test
	void onlyAnAdminMayAddADoctor() {
		Map<String, Object> doctor = newDoctor(uniqueEmail(), "Eve", "Mallory", "Cardiology");

		ResponseEntity<JsonNode> asPatient = add(doctor, patientToken);
		ResponseEntity<JsonNode> anonymous = this.http.post()
			.uri("/api/doctors")
			.contentType(MediaType.APPLICATION_JSON)
			.body(doctor)
			.retrieve()
			.toEntity(JsonNode.class);

		assertThat(asPatient.getStatusCode().value()).isEqualTo(403);
		assertThat(asPatient.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
		assertThat(this.doctors.existsByEmail((String) doctor.get("email"))).isFalse();
	}

	@Test
	void anEmailInUseIsAConflict() {
		String email = uniqueEmail();
		assertThat(add(newDoctor(email, "James", "Wilson", "Oncology"), adminToken).getStatusCode().value())
			.isEqualTo(201);

		ResponseEntity<JsonNode> sameDoctor = add(newDoctor(email.toUpperCase(), "James", "Wilson", "Oncology"),
				adminToken);
		ResponseEntity<JsonNode> nurseLogin = add(newDoctor("nurse@careflow.local", "Nora", "Nurse", "Oncology"),
				adminToken);

		assertThat(sameDoctor.getStatusCode().value()).isEqualTo(409);
		assertThat(nurseLogin.getStatusCode().value()).isEqualTo(409);
		assertThat(this.doctors.existsByEmail("nurse@careflow.local")).isFalse();
	}

	@Test
	void anInvalidDoctorIsRefusedNamingEveryBadField() {
		ResponseEntity<JsonNode> response = add(Map.of("email", "house@", "password", "short"), adminToken);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("email", "password", "firstName", "lastName", "specialty");
	}

	@Test
	void theDirectoryFiltersBySpecialtyIgnoringCaseAndListsByLastName() {
		String specialty = "Sleep Medicine (" + UUID.randomUUID().toString().substring(0, 8) + ")";
		add(newDoctor(uniqueEmail(), "Zoe", "Zimmer", specialty), adminToken);
		add(newDoctor(uniqueEmail(), "Adam", "Abbott", specialty), adminToken);
		add(newDoctor(uniqueEmail(), "Carl", "Cole", "Sleep Medicine"), adminToken);

		ResponseEntity<JsonNode> found = this.http.get()
			.uri((uri) -> uri.path("/api/doctors")
				.queryParam("specialty", "{specialty}")
				.build(specialty.toUpperCase()))
			.headers((headers) -> headers.setBearerAuth(patientToken))
			.retrieve()
			.toEntity(JsonNode.class);

		assertThat(found.getStatusCode().value()).isEqualTo(200);
		assertThat(found.getBody().valueStream().map((doctor) -> doctor.get("lastName").asString()))
			.containsExactly("Abbott", "Zimmer");
		assertThat(found.getBody().get(0).has("email")).isFalse();
	}

	@Test
	void theDirectoryComesAPageAtATimeWithALinkToTheNext() {
		String specialty = "Paging" + UUID.randomUUID().toString().substring(0, 8);
		for (String lastName : new String[] { "Alpha", "Bravo", "Charlie" }) {
			add(newDoctor(uniqueEmail(), "Dana", lastName, specialty), adminToken);
		}

		ResponseEntity<JsonNode> first = get("/api/doctors?size=2&specialty=" + specialty, patientToken);
		String next = first.getHeaders().getFirst("Link");
		ResponseEntity<JsonNode> second = get("/api/doctors?page=1&size=2&specialty=" + specialty, patientToken);

		assertThat(first.getBody().valueStream().map((doctor) -> doctor.get("lastName").asString()))
			.containsExactly("Alpha", "Bravo");
		assertThat(next).contains("page=1", "size=2").endsWith("rel=\"next\"");
		assertThat(second.getBody().valueStream().map((doctor) -> doctor.get("lastName").asString()))
			.containsExactly("Charlie");
		assertThat(second.getHeaders().getFirst("Link")).isNull();
		ResponseEntity<JsonNode> tooBig = get("/api/doctors?size=101", patientToken);
		assertThat(tooBig.getStatusCode().value()).isEqualTo(400);
		assertThat(tooBig.getBody().get("errors").get(0).get("field").asString()).isEqualTo("size");
	}

	@Test
	void theDemoDoctorsAreInTheDirectory() {
		ResponseEntity<JsonNode> all = get("/api/doctors", patientToken);
		ResponseEntity<JsonNode> internists = get("/api/doctors?specialty=internal medicine", patientToken);

		assertThat(all.getBody().valueStream().map((doctor) -> doctor.get("id").asString())).contains(HOUSE_ID,
				"00000000-0000-4000-8000-000000000003");
		assertThat(internists.getBody().valueStream().map((doctor) -> doctor.get("lastName").asString()))
			.contains("House")
			.doesNotContain("Grey");
	}

	@Test
	void anUnknownDoctorIsNotFound() {
		ResponseEntity<JsonNode> response = get("/api/doctors/" + UUID.randomUUID(), patientToken);

		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getBody().get("title").asString()).isEqualTo("Doctor not found");
	}

	@Test
	void aNewDoctorIsAnnouncedOnTheDoctorsTopic() {
		String email = uniqueEmail();
		String id = add(newDoctor(email, "Robert", "Chase", "Intensive Care"), adminToken).getBody()
			.get("id")
			.asString();

		ConsumerRecord<String, String> record = KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(),
				Topics.DOCTORS, (candidate) -> id.equals(candidate.key()), Duration.ofSeconds(30));

		DoctorRegistered event = (DoctorRegistered) EventJson.read(record.value()).orElseThrow();
		assertThat(event.type()).isEqualTo("doctor.registered");
		assertThat(event.aggregateId()).isEqualTo(id);
		assertThat(event.email()).isEqualTo(email);
		assertThat(event.specialty()).isEqualTo("Intensive Care");
	}

	@Test
	void whileTheKeycloakBreakerIsOpenNoDoctorIsAddedAndNothingIsStored() {
		CircuitBreaker keycloak = this.breakers.circuitBreaker("keycloak");
		String email = uniqueEmail();
		keycloak.transitionToForcedOpenState();
		try {
			ResponseEntity<JsonNode> refused = add(newDoctor(email, "Eric", "Foreman", "Neurology"), adminToken);

			assertThat(refused.getStatusCode().value()).isEqualTo(503);
			assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
			assertThat(this.doctors.existsByEmail(email)).isFalse();
		}
		finally {
			keycloak.transitionToClosedState();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badDoctors")
	void badInputGetsA4xxProblemNamingTheFieldAndNeverA5xx(String what, String body, int status, String field) {
		ResponseEntity<JsonNode> refused = this.http.post()
			.uri("/api/doctors")
			.headers((headers) -> headers.setBearerAuth(adminToken))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);

		assertThat(refused.getStatusCode().value()).as("%s: %s", what, refused.getBody()).isEqualTo(status);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		if (field != null) {
			assertThat(refused.getBody().get("errors").valueStream().map((error) -> error.get("field").asString()))
				.contains(field);
		}
	}

	static Stream<Arguments> badDoctors() {
		String base = "\"email\":\"x@example.org\",\"password\":\"correct-horse-battery\",\"firstName\":\"Ada\","
				+ "\"lastName\":\"Lee\"";
		return Stream.of(Arguments.of("a body of 100 KB", "{\"x\":\"" + "a".repeat(100_000) + "\"}", 413, null),
				Arguments.of("JSON nested 10,000 deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), 400, null),
				Arguments.of("a specialty that is an object", "{" + base + ",\"specialty\":{\"a\":1}}", 400,
						"specialty"),
				Arguments.of("markup in a name",
						"{\"email\":\"x@example.org\",\"password\":\"correct-horse-battery\",\"firstName\":\"<b>\","
								+ "\"lastName\":\"Lee\",\"specialty\":\"Skin\"}",
						400, "firstName"),
				Arguments.of("a control character in the specialty", "{" + base + ",\"specialty\":\"Skin\\u0007\"}",
						400, "specialty"),
				Arguments.of("a specialty of 10,000 characters",
						"{" + base + ",\"specialty\":\"" + "x".repeat(10_000) + "\"}", 400, "specialty"));
	}

	@ParameterizedTest
	@MethodSource("absurdQueries")
	void absurdQueriesAreA400NeverA5xx(String path) {
		ResponseEntity<JsonNode> refused = get(path, patientToken);

		assertThat(refused.getStatusCode().value()).as("%s: %s", path, refused.getBody()).isEqualTo(400);
	}

	static Stream<String> absurdQueries() {
		return Stream.of("/api/doctors?page=-1", "/api/doctors?size=1000000", "/api/doctors?page=abc",
				"/api/doctors?specialty=" + "x".repeat(200), "/api/doctors/" + "y".repeat(5_000));
	}

	private ResponseEntity<JsonNode> add(Map<String, Object> body, String token) {
		return this.http.post()
			.uri("/api/doctors")
			.headers((headers) -> headers.setBearerAuth(token))
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

	private static Map<String, Object> newDoctor(String email, String firstName, String lastName, String specialty) {
		return Map.of("email", email, "password", PASSWORD, "firstName", firstName, "lastName", lastName, "specialty",
				specialty);
	}

	private static String uniqueEmail() {
		return "dr." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private static JsonNode claims(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readTree(payload);
	}

	private static List<String> realmRoles(String token) {
		return claims(token).get("realm_access").get("roles").valueStream().map(JsonNode::asString).toList();
	}

	private static String subject(String token) {
		return claims(token).get("sub").asString();
	}

}
