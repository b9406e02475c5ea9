package org.careflow.doctor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.DepartmentRemoved;
import org.careflow.events.DepartmentSaved;
import org.careflow.events.DoctorRegistered;
import org.careflow.events.DoctorUpdated;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.OpenApiCoverage;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doctor service on real infrastructure: a real Kafka broker, a MongoDB-protocol
 * store and the real Keycloak server with the careflow realm. Tokens are real
 * password-grant tokens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "careflow.demo-data=true", "careflow.doctors.admin-chosen-passwords=true",
				// no scheduling service runs here: port 1 refuses every connection
				"careflow.scheduling.base-url=http://127.0.0.1:1" })
class DoctorServiceIT {

	private static final String PASSWORD = "correct-horse-battery";

	private static final String HOUSE_ID = "00000000-0000-4000-8000-000000000002";

	private static String adminToken;

	private static String patientToken;

	private static String nurseToken;

	private static String pharmacistToken;

	private static String doctorToken;

	private static final FakePatientService PATIENT_SERVICE = new FakePatientService();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "careflow-doctors-it");
		TestInfrastructure.registerClient(registry, "doctor-service");
		registry.add("careflow.patient-service.base-url", PATIENT_SERVICE::url);
	}

	@BeforeAll
	static void tokens() {
		adminToken = TestInfrastructure.keycloak().accessToken("admin@careflow.local", "careflow-demo");
		patientToken = TestInfrastructure.keycloak().accessToken("patient@careflow.local", "careflow-demo");
		nurseToken = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");
		pharmacistToken = TestInfrastructure.keycloak().accessToken("pharmacist@careflow.local", "careflow-demo");
		doctorToken = TestInfrastructure.keycloak().accessToken("doctor@careflow.local", "careflow-demo");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private CircuitBreakerRegistry breakers;

	@Autowired
	private DoctorRepository doctors;

	@Autowired
	private MongoTemplate mongo;

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
		return Stream.of(Arguments.of("a body of 300 KB", "{\"x\":\"" + "a".repeat(300_000) + "\"}", 413, null),
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
				"/api/doctors?specialty=" + "x".repeat(200), "/api/doctors/" + "y".repeat(5_000),
				"/api/departments?size=101", "/api/departments?page=-1", "/api/departments/" + "y".repeat(5_000),
				"/api/departments/" + "y".repeat(65) + "/doctors");
	}

	// departments

	@Test
	void anAdminAddsADepartmentWhichEveryoneSignedInCanRead() {
		String name = "Cardiology " + unique();
		Map<String, Object> body = department(name, List.of(room("B201", "1", "2"), room("B202")));

		ResponseEntity<JsonNode> created = send(HttpMethod.POST, "/api/departments", body, adminToken);

		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		String id = created.getBody().get("id").asString();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/departments/" + id);
		assertThat(created.getBody().get("version").asLong()).isZero();
		ResponseEntity<JsonNode> read = get("/api/departments/" + id, patientToken);
		assertThat(read.getStatusCode().value()).isEqualTo(200);
		assertThat(read.getBody().get("name").asString()).isEqualTo(name);
		assertThat(read.getBody().get("location").asString()).isEqualTo("Building B");
		assertThat(read.getBody().get("rooms").get(0).get("beds").valueStream().map(JsonNode::asString))
			.containsExactly("1", "2");
		assertThat(read.getBody().get("createdAt").asString()).isNotBlank();
	}

	@Test
	void theDepartmentsAreListedByNameIgnoringCaseAPageAtATime() {
		String tag = unique();
		for (String name : new String[] { "zz-" + tag + " b", "ZZ-" + tag + " a", "zz-" + tag + " C" }) {
			assertThat(
					send(HttpMethod.POST, "/api/departments", department(name, List.of()), adminToken).getStatusCode()
						.value())
				.isEqualTo(201);
		}

		ResponseEntity<JsonNode> all = get("/api/departments?size=100", nurseToken);
		ResponseEntity<JsonNode> firstOfOne = get("/api/departments?size=1", patientToken);

		assertThat(all.getStatusCode().value()).isEqualTo(200);
		assertThat(all.getBody()
			.valueStream()
			.map((department) -> department.get("name").asString())
			.filter((name) -> name.toLowerCase().startsWith("zz-" + tag)))
			.containsExactly("ZZ-" + tag + " a", "zz-" + tag + " b", "zz-" + tag + " C");
		assertThat(all.getBody().get(0).has("rooms")).isFalse();
		assertThat(firstOfOne.getBody()).hasSize(1);
		assertThat(firstOfOne.getHeaders().getFirst("Link")).contains("page=1", "size=1").endsWith("rel=\"next\"");
	}

	@Test
	void aReplacementMustNameTheVersionItReadAndAStaleOneIsAConflict() {
		String id = createDepartment("Oncology " + unique());
		Map<String, Object> replacement = department("Oncology and Haematology " + unique(), List.of(room("C1", "A")));
		replacement.put("version", 0);

		ResponseEntity<JsonNode> replaced = send(HttpMethod.PUT, "/api/departments/" + id, replacement, adminToken);
		ResponseEntity<JsonNode> stale = send(HttpMethod.PUT, "/api/departments/" + id, replacement, adminToken);
		replacement.remove("version");
		ResponseEntity<JsonNode> noVersion = send(HttpMethod.PUT, "/api/departments/" + id, replacement, adminToken);

		assertThat(replaced.getStatusCode().value()).as("%s", replaced.getBody()).isEqualTo(200);
		assertThat(replaced.getBody().get("version").asLong()).isEqualTo(1);
		assertThat(replaced.getBody().get("rooms").get(0).get("name").asString()).isEqualTo("C1");
		assertThat(stale.getStatusCode().value()).isEqualTo(409);
		assertThat(stale.getBody().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(noVersion.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(noVersion)).containsExactly("version");
		assertThat(get("/api/departments/" + id, patientToken).getBody().get("name").asString())
			.isEqualTo(replaced.getBody().get("name").asString());
	}

	@Test
	void departmentNamesAreUniqueIgnoringCase() {
		String name = "Neurology " + unique();
		String other = createDepartment("Other " + unique());
		createDepartment(name);

		ResponseEntity<JsonNode> added = send(HttpMethod.POST, "/api/departments",
				department(" " + name.toUpperCase() + " ", List.of()), adminToken);
		Map<String, Object> renaming = department(name.toLowerCase(), List.of());
		renaming.put("version", 0);
		ResponseEntity<JsonNode> renamed = send(HttpMethod.PUT, "/api/departments/" + other, renaming, adminToken);

		assertThat(added.getStatusCode().value()).isEqualTo(409);
		assertThat(fields(added)).containsExactly("name");
		assertThat(renamed.getStatusCode().value()).isEqualTo(409);
		assertThat(fields(renamed)).containsExactly("name");
	}

	/**
	 * patient-service (asked with this service's own token) says who lies in or belongs
	 * to the department: while anybody does, or while it cannot be asked, the department
	 * stays.
	 */
	@Test
	void aDepartmentWithPatientsOrWhosePatientsCannotBeAskedForIsNotRemoved() {
		String departmentId = createDepartment("Geriatrics " + unique());
		try {
			PATIENT_SERVICE.answer(200, "{\"patientIds\":[\"p-1\"],\"patientCount\":3,"
					+ "\"admittedPatientIds\":[\"p-2\"],\"admittedCount\":1}");
			ResponseEntity<JsonNode> occupied = send(HttpMethod.DELETE, "/api/departments/" + departmentId, null,
					adminToken);
			PATIENT_SERVICE.answer(500, "{}");
			ResponseEntity<JsonNode> unknown = send(HttpMethod.DELETE, "/api/departments/" + departmentId, null,
					adminToken);

			assertThat(occupied.getStatusCode().value()).isEqualTo(409);
			assertThat(occupied.getBody().get("patientIds").get(0).asString()).isEqualTo("p-1");
			assertThat(occupied.getBody().get("patientCount").asLong()).isEqualTo(3);
			assertThat(occupied.getBody().get("admittedPatientIds").get(0).asString()).isEqualTo("p-2");
			assertThat(occupied.getBody().get("admittedPatientCount").asLong()).isEqualTo(1);
			assertThat(occupied.getBody().has("doctorIds")).isFalse();
			assertThat(PATIENT_SERVICE.lastAuthorization()).startsWith("Bearer ");
			assertThat(unknown.getStatusCode().value()).isEqualTo(503);
			assertThat(unknown.getHeaders().getFirst("Retry-After")).isNotNull();
			assertThat(get("/api/departments/" + departmentId, patientToken).getStatusCode().value()).isEqualTo(200);
		}
		finally {
			PATIENT_SERVICE.answer(200, FakePatientService.NOBODY);
		}
		assertThat(
				send(HttpMethod.DELETE, "/api/departments/" + departmentId, null, adminToken).getStatusCode().value())
			.isEqualTo(204);
	}

	@Test
	void aDepartmentWithADoctorIsNotRemovedUntilTheDoctorLeavesIt() {
		String departmentId = createDepartment("Paediatrics " + unique());
		String doctorId = add(newDoctor(uniqueEmail(), "Allison", "Cameron", "Immunology"), adminToken).getBody()
			.get("id")
			.asString();

		ResponseEntity<JsonNode> joined = assignDepartment(doctorId, departmentId, adminToken);
		ResponseEntity<JsonNode> staffList = get("/api/departments/" + departmentId + "/doctors", nurseToken);
		ResponseEntity<JsonNode> refused = send(HttpMethod.DELETE, "/api/departments/" + departmentId, null,
				adminToken);

		assertThat(joined.getStatusCode().value()).as("%s", joined.getBody()).isEqualTo(200);
		assertThat(joined.getBody().get("departmentId").asString()).isEqualTo(departmentId);
		assertThat(get("/api/doctors/" + doctorId, patientToken).getBody().get("departmentId").asString())
			.isEqualTo(departmentId);
		assertThat(staffList.getStatusCode().value()).isEqualTo(200);
		assertThat(staffList.getBody().valueStream().map((doctor) -> doctor.get("id").asString()))
			.containsExactly(doctorId);
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getBody().get("doctorIds").valueStream().map(JsonNode::asString)).containsExactly(doctorId);
		assertThat(refused.getBody().get("doctorCount").asLong()).isEqualTo(1);
		assertThat(get("/api/departments/" + departmentId, patientToken).getStatusCode().value()).isEqualTo(200);

		ResponseEntity<JsonNode> left = assignDepartment(doctorId, null, adminToken);
		ResponseEntity<JsonNode> removed = send(HttpMethod.DELETE, "/api/departments/" + departmentId, null,
				adminToken);

		assertThat(left.getStatusCode().value()).isEqualTo(200);
		assertThat(left.getBody().get("departmentId").isNull()).isTrue();
		assertThat(removed.getStatusCode().value()).isEqualTo(204);
		ResponseEntity<JsonNode> gone = get("/api/departments/" + departmentId, patientToken);
		assertThat(gone.getStatusCode().value()).isEqualTo(404);
		assertThat(gone.getBody().get("title").asString()).isEqualTo("Department not found");
		assertThat(get("/api/departments/" + departmentId + "/doctors", nurseToken).getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void aDoctorCannotJoinADepartmentThatDoesNotExist() {
		ResponseEntity<JsonNode> unknownDepartment = assignDepartment(HOUSE_ID, UUID.randomUUID().toString(),
				adminToken);
		ResponseEntity<JsonNode> unknownDoctor = assignDepartment(UUID.randomUUID().toString(),
				createDepartment("Dermatology " + unique()), adminToken);

		assertThat(unknownDepartment.getStatusCode().value()).isEqualTo(422);
		assertThat(unknownDepartment.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fields(unknownDepartment)).containsExactly("departmentId");
		assertThat(get("/api/doctors/" + HOUSE_ID, patientToken).getBody().get("departmentId").isNull()).isTrue();
		assertThat(unknownDoctor.getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void onlyAdminsChangeDepartmentsAndOnlyStaffSeeWhoWorksInThem() {
		String id = createDepartment("Orthopaedics " + unique());
		Map<String, Object> replacement = department("Taken over " + unique(), List.of());
		replacement.put("version", 0);

		assertThat(status(HttpMethod.POST, "/api/departments", department("Patients' own", List.of()), patientToken))
			.isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/api/departments", department("Nurses' own", List.of()), nurseToken))
			.isEqualTo(403);
		assertThat(status(HttpMethod.PUT, "/api/departments/" + id, replacement, nurseToken)).isEqualTo(403);
		assertThat(status(HttpMethod.PUT, "/api/departments/" + id, replacement, doctorToken)).isEqualTo(403);
		assertThat(status(HttpMethod.DELETE, "/api/departments/" + id, null, patientToken)).isEqualTo(403);
		assertThat(status(HttpMethod.DELETE, "/api/departments/" + id, null, nurseToken)).isEqualTo(403);
		assertThat(assignDepartment(HOUSE_ID, id, nurseToken).getStatusCode().value()).isEqualTo(403);
		assertThat(get("/api/departments/" + id + "/doctors", patientToken).getStatusCode().value()).isEqualTo(403);
		assertThat(get("/api/departments/" + id + "/doctors", doctorToken).getStatusCode().value()).isEqualTo(200);
		assertThat(get("/api/departments/" + id + "/doctors", pharmacistToken).getStatusCode().value()).isEqualTo(200);
		assertThat(get("/api/departments/" + id, patientToken).getBody().get("version").asLong()).isZero();
		assertThat(get("/api/departments/" + id, patientToken).getBody().get("name").asString())
			.startsWith("Orthopaedics");
		assertThat(get("/api/departments?size=100", patientToken).getBody()
			.valueStream()
			.map((department) -> department.get("name").asString())).doesNotContain("Patients' own", "Nurses' own");
	}

	@Test
	void withoutATokenDepartmentsAreA401() {
		String id = createDepartment("Urology " + unique());

		assertThat(status(HttpMethod.GET, "/api/departments", null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.GET, "/api/departments/" + id, null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.POST, "/api/departments", department("Anonymous", List.of()), null))
			.isEqualTo(401);
		assertThat(status(HttpMethod.DELETE, "/api/departments/" + id, null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.PUT, "/api/doctors/" + HOUSE_ID + "/department", Map.of("departmentId", id), null))
			.isEqualTo(401);
		assertThat(get("/api/departments/" + id, patientToken).getStatusCode().value()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badDepartments")
	void aDepartmentBreakingItsRulesIsA400NamingTheField(String what, Map<String, Object> body, String field) {
		ResponseEntity<JsonNode> refused = send(HttpMethod.POST, "/api/departments", body, adminToken);

		assertThat(refused.getStatusCode().value()).as("%s: %s", what, refused.getBody()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fields(refused)).contains(field);
	}

	static Stream<Arguments> badDepartments() {
		List<Map<String, Object>> tooManyRooms = new ArrayList<>();
		for (int i = 0; i < 201; i++) {
			tooManyRooms.add(room("R" + i));
		}
		return Stream.of(Arguments.of("a name of 101 characters", department("n".repeat(101), List.of()), "name"),
				Arguments.of("a blank name", department("   ", List.of()), "name"),
				Arguments.of("201 rooms", department("Too many rooms", tooManyRooms), "rooms"),
				Arguments.of("two rooms of one name", department("Twice", List.of(room("R1"), room("r1"))),
						"rooms[1].name"),
				Arguments.of("a bed twice in a room", department("Beds", List.of(room("R1", "A", "A"))),
						"rooms[0].beds[1]"),
				Arguments.of("a control character in the name", department("Ward\u0007", List.of()), "name"));
	}

	@Test
	void theLargestDepartmentTheRulesAllowIsAccepted() {
		List<Map<String, Object>> rooms = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String[] beds = new String[20];
			for (int j = 0; j < 20; j++) {
				beds[j] = String.format("bed-%02d-%013d", j, i);
			}
			rooms.add(room(String.format("room-%015d", i), beds));
		}
		Map<String, Object> largest = department("L".repeat(92) + unique(), rooms);
		largest.put("description", "d".repeat(1000));
		largest.put("location", "l".repeat(200));

		ResponseEntity<JsonNode> created = send(HttpMethod.POST, "/api/departments", largest, adminToken);

		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		assertThat(created.getBody().get("rooms")).hasSize(200);
		assertThat(created.getBody().get("rooms").get(199).get("beds")).hasSize(20);
	}

	// events of departments and doctors, and doctors' profiles

	@Test
	void aDepartmentIsAnnouncedWhenAddedAndReplacedAndRemovedAndItsNameIsFreeAgain() {
		String name = "Radiology " + unique();
		String id = send(HttpMethod.POST, "/api/departments", department(name, List.of(room("R1", "A", "B"))),
				adminToken)
			.getBody()
			.get("id")
			.asString();

		DepartmentSaved added = awaitEvent(Topics.DEPARTMENTS, id, DepartmentSaved.class,
				(saved) -> saved.name().equals(name));
		assertThat(added.rooms()).containsExactly(new DepartmentSaved.RoomBeds("R1", List.of("A", "B")));

		Map<String, Object> replacement = department(name + " and Imaging", List.of(room("R2", "C")));
		replacement.put("version", 0);
		assertThat(status(HttpMethod.PUT, "/api/departments/" + id, replacement, adminToken)).isEqualTo(200);
		DepartmentSaved replaced = awaitEvent(Topics.DEPARTMENTS, id, DepartmentSaved.class,
				(saved) -> saved.name().equals(name + " and Imaging"));
		assertThat(replaced.rooms()).containsExactly(new DepartmentSaved.RoomBeds("R2", List.of("C")));

		assertThat(status(HttpMethod.DELETE, "/api/departments/" + id, null, adminToken)).isEqualTo(204);
		DepartmentRemoved removed = awaitEvent(Topics.DEPARTMENTS, id, DepartmentRemoved.class, (event) -> true);
		assertThat(removed.type()).isEqualTo("department.removed");

		assertThat(get("/api/departments/" + id, patientToken).getStatusCode().value()).isEqualTo(404);
		assertThat(status(HttpMethod.DELETE, "/api/departments/" + id, null, adminToken)).isEqualTo(404);
		assertThat(status(HttpMethod.PUT, "/api/departments/" + id, replacement, adminToken)).isEqualTo(404);
		assertThat(assignDepartment(HOUSE_ID, id, adminToken).getStatusCode().value()).isEqualTo(422);
		assertThat(get("/api/departments?size=100", patientToken).getBody()
			.valueStream()
			.map((department) -> department.get("id").asString())).doesNotContain(id);
		assertThat(
				status(HttpMethod.POST, "/api/departments", department(name + " and Imaging", List.of()), adminToken))
			.as("a removed department's name is free again")
			.isEqualTo(201);
	}

	@Test
	void aChangeOfDepartmentAndAnAdminsChangeOfTheProfileAreAnnouncedAsDoctorUpdated() {
		String departmentId = createDepartment("Nephrology " + unique());
		String doctorId = add(newDoctor(uniqueEmail(), "Chris", "Taub", "Plastic Surgery"), adminToken).getBody()
			.get("id")
			.asString();

		assertThat(assignDepartment(doctorId, departmentId, adminToken).getStatusCode().value()).isEqualTo(200);
		DoctorUpdated joined = awaitEvent(Topics.DOCTORS, doctorId, DoctorUpdated.class,
				(updated) -> departmentId.equals(updated.departmentId()));
		assertThat(joined.lastName()).isEqualTo("Taub");
		assertThat(joined.specialty()).isEqualTo("Plastic Surgery");
		assertThat(joined.active()).isTrue();

		long version = get("/api/doctors/" + doctorId, adminToken).getBody().get("version").asLong();
		ResponseEntity<JsonNode> changed = send(HttpMethod.PATCH, "/api/doctors/" + doctorId,
				Map.of("version", version, "specialty", "Nephrology", "licenseNumber", "NJ-4711"), adminToken);

		assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
		assertThat(changed.getBody().get("version").asLong()).isEqualTo(version + 1);
		DoctorUpdated respecialised = awaitEvent(Topics.DOCTORS, doctorId, DoctorUpdated.class,
				(updated) -> "Nephrology".equals(updated.specialty()));
		assertThat(respecialised.departmentId()).isEqualTo(departmentId);
		assertThat(get("/api/doctors/" + doctorId, patientToken).getBody().has("licenseNumber")).isFalse();
		assertThat(get("/api/doctors/" + doctorId, adminToken).getBody().get("licenseNumber").asString())
			.isEqualTo("NJ-4711");
	}

	@Test
	void aDoctorEditsTheirOwnBioPhoneAndLanguagesWhichOthersSeeWithoutThePhone() {
		String email = uniqueEmail();
		String id = add(newDoctor(email, "Remy", "Hadley", "Internal Medicine"), adminToken).getBody()
			.get("id")
			.asString();
		String ownToken = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		ResponseEntity<JsonNode> me = get("/api/doctors/me", ownToken);
		assertThat(me.getStatusCode().value()).isEqualTo(200);
		long version = me.getBody().get("version").asLong();

		ResponseEntity<JsonNode> changed = send(HttpMethod.PATCH, "/api/doctors/me", Map.of("version", version, "bio",
				"Thirteen.", "phone", "+1 555 0113", "languages", List.of("en", "fr")), ownToken);

		assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
		assertThat(changed.getBody().get("phone").asString()).isEqualTo("+1 555 0113");
		JsonNode seenByPatient = get("/api/doctors/" + id, patientToken).getBody();
		assertThat(seenByPatient.get("bio").asString()).isEqualTo("Thirteen.");
		assertThat(seenByPatient.get("languages").valueStream().map(JsonNode::asString)).containsExactly("en", "fr");
		assertThat(seenByPatient.has("phone")).isFalse();
		assertThat(seenByPatient.has("version")).isFalse();
		assertThat(get("/api/doctors/" + id, doctorToken).getBody().has("phone")).as("another doctor").isFalse();
		assertThat(get("/api/doctors/" + id, ownToken).getBody().get("phone").asString()).isEqualTo("+1 555 0113");
		assertThat(get("/api/doctors/" + id, adminToken).getBody().get("phone").asString()).isEqualTo("+1 555 0113");

		ResponseEntity<JsonNode> stale = send(HttpMethod.PATCH, "/api/doctors/me",
				Map.of("version", version, "bio", "Lost update"), ownToken);
		assertThat(stale.getStatusCode().value()).isEqualTo(409);
		assertThat(stale.getBody().get("currentVersion").asLong()).isEqualTo(version + 1);
		assertThat(get("/api/doctors/me", ownToken).getBody().get("bio").asString()).isEqualTo("Thirteen.");
	}

	@Test
	void aDoctorCannotChangeWhatOnlyAnAdminMayNorAnyoneElsesProfile() {
		long version = get("/api/doctors/me", doctorToken).getBody().get("version").asLong();

		ResponseEntity<JsonNode> forbiddenFields = send(HttpMethod.PATCH, "/api/doctors/me",
				Map.of("version", version, "bio", "Everybody lies.", "specialty", "Surgery", "licenseNumber", "X"),
				doctorToken);
		String otherId = add(newDoctor(uniqueEmail(), "Lawrence", "Kutner", "Sports Medicine"), adminToken).getBody()
			.get("id")
			.asString();

		assertThat(forbiddenFields.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(forbiddenFields)).containsExactlyInAnyOrder("specialty", "licenseNumber");
		assertThat(get("/api/doctors/me", doctorToken).getBody().get("version").asLong()).isEqualTo(version);
		assertThat(status(HttpMethod.PATCH, "/api/doctors/" + otherId, Map.of("version", 0, "bio", "Mine now"),
				doctorToken))
			.isEqualTo(403);
		assertThat(status(HttpMethod.PATCH, "/api/doctors/" + HOUSE_ID, Map.of("version", 0, "bio", "Hm"), nurseToken))
			.isEqualTo(403);
		assertThat(status(HttpMethod.PATCH, "/api/doctors/me", Map.of("version", 0, "bio", "Hi"), patientToken))
			.isEqualTo(403);
		assertThat(get("/api/doctors/me", patientToken).getStatusCode().value()).isEqualTo(403);
		assertThat(status(HttpMethod.PATCH, "/api/doctors/me", Map.of("version", 0), null)).isEqualTo(401);
		assertThat(status(HttpMethod.PATCH, "/api/doctors/" + otherId, Map.of("version", 0), null)).isEqualTo(401);
		assertThat(get("/api/doctors/" + otherId, adminToken).getBody().get("bio").isNull()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badPatches")
	void aBadPatchIsA400NamingTheField(String what, String body, String field) {
		ResponseEntity<JsonNode> refused = this.http.patch()
			.uri("/api/doctors/" + HOUSE_ID)
			.headers((headers) -> headers.setBearerAuth(adminToken))
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);

		assertThat(refused.getStatusCode().value()).as("%s: %s", what, refused.getBody()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fields(refused)).contains(field);
	}

	static Stream<Arguments> badPatches() {
		return Stream.of(Arguments.of("no version", "{\"bio\":\"x\"}", "version"),
				Arguments.of("a field named twice", "{\"version\":0,\"bio\":\"a\",\"bio\":\"b\"}", "body"),
				Arguments.of("not an object", "[1,2]", "body"),
				Arguments.of("a bio of 2001 characters", "{\"version\":0,\"bio\":\"" + "b".repeat(2001) + "\"}", "bio"),
				Arguments.of("eleven languages", "{\"version\":0,\"languages\":[" + "\"en\",".repeat(10) + "\"fr\"]}",
						"languages"),
				Arguments.of("a language that is none", "{\"version\":0,\"languages\":[\"en\",\"elvish\"]}",
						"languages[1]"),
				Arguments.of("a phone that is text", "{\"version\":0,\"phone\":\"ring ring\"}", "phone"),
				Arguments.of("the department", "{\"version\":0,\"departmentId\":\"x\"}", "departmentId"),
				Arguments.of("the email", "{\"version\":0,\"email\":\"x@example.org\"}", "email"),
				Arguments.of("a version that is text", "{\"version\":\"0\"}", "version"));
	}

	@Test
	void aDoctorStoredBeforeProfilesExistedReadsAsActiveAtVersionZeroAndCanBeChanged() {
		String id = UUID.randomUUID().toString();
		this.mongo.insert(new org.bson.Document("_id", id).append("email", uniqueEmail())
			.append("firstName", "Old")
			.append("lastName", "Timer")
			.append("specialty", "General Practice"), "doctors");

		JsonNode before = get("/api/doctors/" + id, adminToken).getBody();
		ResponseEntity<JsonNode> changed = send(HttpMethod.PATCH, "/api/doctors/" + id,
				Map.of("version", 0, "languages", List.of("de")), adminToken);

		assertThat(before.get("version").asLong()).isZero();
		assertThat(before.get("active").asBoolean()).isTrue();
		assertThat(before.get("languages")).isEmpty();
		assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
		assertThat(changed.getBody().get("version").asLong()).isEqualTo(1);
		assertThat(changed.getBody().get("lastName").asString()).isEqualTo("Timer");
	}

	/** The first event of that type on the topic, keyed by {@code key}, that matches. */
	private static <E extends CareFlowEvent> E awaitEvent(String topic, String key, Class<E> type,
			Predicate<E> matching) {
		ConsumerRecord<String, String> record = KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(),
				topic,
				(candidate) -> key.equals(candidate.key()) && EventJson.read(candidate.value())
					.filter(type::isInstance)
					.map(type::cast)
					.filter(matching)
					.isPresent(),
				Duration.ofSeconds(30));
		return type.cast(EventJson.read(record.value()).orElseThrow());
	}

	// staff accounts

	/** The realm roles CareFlow gives out; a token's others are Keycloak's defaults. */
	private static final List<String> CAREFLOW_ROLES = List.of("admin", "doctor", "nurse", "patient", "pharmacist",
			"service");

	@ParameterizedTest
	@MethodSource("staffRoles")
	void anAdminAddsStaffWhoChooseTheirOwnPasswordFromTheEmailAndCarryExactlyTheirRole(String role) {
		String departmentId = createDepartment("Staffed " + unique());
		String email = uniqueEmail();

		ResponseEntity<JsonNode> created = send(HttpMethod.POST, "/api/staff",
				staff(role, email, "Casey", "Novak", departmentId), adminToken);

		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		String id = created.getBody().get("id").asString();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/staff/" + id);
		assertThat(created.getBody().get("role").asString()).isEqualTo(role);
		assertThat(created.getBody().get("active").asBoolean()).isTrue();
		assertThat(canSignIn(email, PASSWORD)).as("no password before the person chooses one").isFalse();

		SetPasswordEmail.choosePassword(SetPasswordEmail.linkSentTo(email), PASSWORD);

		String token = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		assertThat(subject(token)).isEqualTo(id);
		assertThat(realmRoles(token)).filteredOn(CAREFLOW_ROLES::contains).containsExactly(role);
		ResponseEntity<JsonNode> own = get("/api/staff/" + id, token);
		assertThat(own.getStatusCode().value()).isEqualTo(200);
		assertThat(own.getBody().get("departmentId").asString()).isEqualTo(departmentId);
		assertThat(own.getBody().get("email").asString()).isEqualTo(email);
		ResponseEntity<JsonNode> profile = get("/api/doctors/" + id, patientToken);
		assertThat(profile.getStatusCode().value()).isEqualTo(role.equals("doctor") ? 200 : 404);
		if (role.equals("doctor")) {
			assertThat(profile.getBody().get("departmentId").asString()).isEqualTo(departmentId);
			assertThat(profile.getBody().get("specialty").asString()).isEqualTo("Geriatrics");
		}
		ResponseEntity<JsonNode> kept = send(HttpMethod.DELETE, "/api/departments/" + departmentId, null, adminToken);
		assertThat(kept.getStatusCode().value()).as("a department with members stays").isEqualTo(409);
		String kind = role.equals("doctor") ? "doctor" : "staff";
		assertThat(kept.getBody().get(kind + "Ids").valueStream().map(JsonNode::asString)).contains(id);
	}

	static Stream<String> staffRoles() {
		return Stream.of("nurse", "pharmacist", "doctor");
	}

	@Test
	void aDeactivatedStaffMemberCanNoLongerSignIn() {
		String email = uniqueEmail();
		String id = addStaff("nurse", email, "Olivia", "Benson");
		SetPasswordEmail.choosePassword(SetPasswordEmail.linkSentTo(email), PASSWORD);
		assertThat(canSignIn(email, PASSWORD)).isTrue();

		ResponseEntity<JsonNode> deactivated = send(HttpMethod.DELETE, "/api/staff/" + id, null, adminToken);

		assertThat(deactivated.getStatusCode().value()).as("%s", deactivated.getBody()).isEqualTo(204);
		assertThat(canSignIn(email, PASSWORD)).isFalse();
		JsonNode record = get("/api/staff/" + id, adminToken).getBody();
		assertThat(record.get("active").asBoolean()).isFalse();
		assertThat(record.get("deactivatedAt").asString()).isNotBlank();
		assertThat(send(HttpMethod.DELETE, "/api/staff/" + id, null, adminToken).getStatusCode().value())
			.as("deactivating again is harmless")
			.isEqualTo(204);
	}

	@Test
	void aDoctorStaysActiveWhileSchedulingCannotBeAskedToRetireThem() {
		String email = uniqueEmail();
		String id = addStaff("doctor", email, "Gregory", "Retiring");
		SetPasswordEmail.choosePassword(SetPasswordEmail.linkSentTo(email), PASSWORD);

		ResponseEntity<JsonNode> refused = send(HttpMethod.DELETE, "/api/staff/" + id + "?force=true", null,
				adminToken);

		assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(503);
		assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(get("/api/staff/" + id, adminToken).getBody().get("active").asBoolean()).isTrue();
		assertThat(canSignIn(email, PASSWORD)).isTrue();
	}

	@Test
	void staffAreListedByLastNameOfARoleAndDepartmentAPageAtATime() {
		String departmentId = createDepartment("Listed " + unique());
		addStaff("pharmacist", uniqueEmail(), "Amy", "Charlie", departmentId);
		addStaff("pharmacist", uniqueEmail(), "Ben", "Alpha", departmentId);
		addStaff("pharmacist", uniqueEmail(), "Cid", "Bravo", departmentId);
		addStaff("nurse", uniqueEmail(), "Dee", "Aardvark", departmentId);

		ResponseEntity<JsonNode> first = get("/api/staff?role=pharmacist&size=2&departmentId=" + departmentId,
				adminToken);
		ResponseEntity<JsonNode> second = get("/api/staff?role=pharmacist&size=2&page=1&departmentId=" + departmentId,
				adminToken);
		ResponseEntity<JsonNode> everyone = get("/api/staff?departmentId=" + departmentId, adminToken);

		assertThat(first.getStatusCode().value()).isEqualTo(200);
		assertThat(first.getBody().valueStream().map((member) -> member.get("lastName").asString()))
			.containsExactly("Alpha", "Bravo");
		assertThat(first.getHeaders().getFirst("Link")).contains("page=1", "size=2").endsWith("rel=\"next\"");
		assertThat(second.getBody().valueStream().map((member) -> member.get("lastName").asString()))
			.containsExactly("Charlie");
		assertThat(second.getHeaders().getFirst("Link")).isNull();
		assertThat(everyone.getBody().valueStream().map((member) -> member.get("lastName").asString()))
			.containsExactly("Aardvark", "Alpha", "Bravo", "Charlie");
		assertThat(fields(get("/api/staff?size=101", adminToken))).containsExactly("size");
		assertThat(fields(get("/api/staff?role=admin", adminToken))).containsExactly("role");
		assertThat(get("/api/staff?departmentId=" + "d".repeat(65), adminToken).getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void onlyAdminsManageStaffAndAStaffMemberReadsOnlyTheirOwnRecord() {
		String email = uniqueEmail();
		String id = addStaff("nurse", email, "Elliot", "Stabler");
		Map<String, Object> newcomer = staff("nurse", uniqueEmail(), "Eve", "Mallory",
				createDepartment("X " + unique()));

		assertThat(status(HttpMethod.POST, "/api/staff", newcomer, nurseToken)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/api/staff", newcomer, doctorToken)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/api/staff", newcomer, patientToken)).isEqualTo(403);
		assertThat(status(HttpMethod.POST, "/api/staff", newcomer, null)).isEqualTo(401);
		assertThat(status(HttpMethod.GET, "/api/staff", null, pharmacistToken)).isEqualTo(403);
		assertThat(status(HttpMethod.GET, "/api/staff", null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.GET, "/api/staff/" + id, null, nurseToken)).isEqualTo(403);
		assertThat(status(HttpMethod.GET, "/api/staff/" + id, null, patientToken)).isEqualTo(403);
		assertThat(status(HttpMethod.GET, "/api/staff/" + id, null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.DELETE, "/api/staff/" + id, null, doctorToken)).isEqualTo(403);
		assertThat(status(HttpMethod.DELETE, "/api/staff/" + id, null, null)).isEqualTo(401);
		assertThat(status(HttpMethod.GET, "/api/staff/" + id, null, adminToken)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, "/api/staff/" + UUID.randomUUID(), null, adminToken)).isEqualTo(404);
		assertThat(status(HttpMethod.DELETE, "/api/staff/" + UUID.randomUUID(), null, adminToken)).isEqualTo(404);
		assertThat(TestInfrastructure.smtp().messagesTo((String) newcomer.get("email"))).isEmpty();
	}

	@Test
	void badStaffAreRefusedNamingTheFieldAndNothingIsCreated() {
		String departmentId = createDepartment("Refusing " + unique());
		Map<String, Object> admin = staff("admin", uniqueEmail(), "Ada", "Admin", departmentId);
		Map<String, Object> unlicensed = staff("pharmacist", uniqueEmail(), "Pat", "Pill", departmentId);
		unlicensed.remove("licenseNumber");
		Map<String, Object> nowhere = staff("nurse", uniqueEmail(), "Nat", "Nowhere", UUID.randomUUID().toString());
		Map<String, Object> badLicence = staff("doctor", uniqueEmail(), "Bob", "Bad", departmentId);
		badLicence.put("licenseNumber", "<b>1</b>");

		ResponseEntity<JsonNode> asAdmin = send(HttpMethod.POST, "/api/staff", admin, adminToken);
		ResponseEntity<JsonNode> noLicence = send(HttpMethod.POST, "/api/staff", unlicensed, adminToken);
		ResponseEntity<JsonNode> unknownDepartment = send(HttpMethod.POST, "/api/staff", nowhere, adminToken);
		ResponseEntity<JsonNode> markup = send(HttpMethod.POST, "/api/staff", badLicence, adminToken);
		ResponseEntity<JsonNode> taken = send(HttpMethod.POST, "/api/staff",
				staff("nurse", "pharmacist@careflow.local", "Phil", "Taken", departmentId), adminToken);
		ResponseEntity<JsonNode> huge = this.http.post()
			.uri("/api/staff")
			.headers((headers) -> headers.setBearerAuth(adminToken))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"x\":\"" + "a".repeat(300_000) + "\"}")
			.retrieve()
			.toEntity(JsonNode.class);

		assertThat(asAdmin.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(asAdmin)).containsExactly("role");
		assertThat(noLicence.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(noLicence)).containsExactly("licenseNumber");
		assertThat(unknownDepartment.getStatusCode().value()).isEqualTo(422);
		assertThat(fields(unknownDepartment)).containsExactly("departmentId");
		assertThat(markup.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(markup)).containsExactly("licenseNumber");
		assertThat(taken.getStatusCode().value()).isEqualTo(409);
		assertThat(huge.getStatusCode().value()).isEqualTo(413);
		for (Map<String, Object> refused : List.of(admin, unlicensed, nowhere, badLicence)) {
			assertThat(TestInfrastructure.smtp().messagesTo((String) refused.get("email"))).isEmpty();
		}
		assertThat(get("/api/staff?departmentId=" + departmentId, adminToken).getBody()).isEmpty();
	}

	@Test
	void whileTheKeycloakBreakerIsOpenNoStaffMemberIsAdded() {
		String departmentId = createDepartment("Closed " + unique());
		CircuitBreaker keycloak = this.breakers.circuitBreaker("keycloak");
		keycloak.transitionToForcedOpenState();
		try {
			ResponseEntity<JsonNode> refused = send(HttpMethod.POST, "/api/staff",
					staff("nurse", uniqueEmail(), "Fin", "Tutuola", departmentId), adminToken);

			assertThat(refused.getStatusCode().value()).isEqualTo(503);
			assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		}
		finally {
			keycloak.transitionToClosedState();
		}
		assertThat(get("/api/staff?departmentId=" + departmentId, adminToken).getBody()).isEmpty();
	}

	private String addStaff(String role, String email, String firstName, String lastName) {
		return addStaff(role, email, firstName, lastName, createDepartment("Ward " + unique()));
	}

	private String addStaff(String role, String email, String firstName, String lastName, String departmentId) {
		ResponseEntity<JsonNode> created = send(HttpMethod.POST, "/api/staff",
				staff(role, email, firstName, lastName, departmentId), adminToken);
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		return created.getBody().get("id").asString();
	}

	private static Map<String, Object> staff(String role, String email, String firstName, String lastName,
			String departmentId) {
		Map<String, Object> staff = new HashMap<>();
		staff.put("role", role);
		staff.put("email", email);
		staff.put("firstName", firstName);
		staff.put("lastName", lastName);
		staff.put("departmentId", departmentId);
		if (!role.equals("nurse")) {
			staff.put("licenseNumber", "LIC-" + unique());
		}
		if (role.equals("doctor")) {
			staff.put("specialty", "Geriatrics");
		}
		return staff;
	}

	private static boolean canSignIn(String email, String password) {
		try {
			TestInfrastructure.keycloak().accessToken(email, password);
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	private String createDepartment(String name) {
		ResponseEntity<JsonNode> created = send(HttpMethod.POST, "/api/departments", department(name, List.of()),
				adminToken);
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		return created.getBody().get("id").asString();
	}

	private ResponseEntity<JsonNode> assignDepartment(String doctorId, String departmentId, String token) {
		Map<String, Object> body = new HashMap<>();
		body.put("departmentId", departmentId);
		return send(HttpMethod.PUT, "/api/doctors/" + doctorId + "/department", body, token);
	}

	private int status(HttpMethod method, String path, Object body, String token) {
		return send(method, path, body, token).getStatusCode().value();
	}

	private ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body, String token) {
		RestClient.RequestBodySpec request = this.http.method(method).uri(path).headers((headers) -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
		});
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().toEntity(JsonNode.class);
	}

	private static Map<String, Object> department(String name, List<Map<String, Object>> rooms) {
		Map<String, Object> department = new HashMap<>();
		department.put("name", name);
		department.put("description", "Seen by the test");
		department.put("location", "Building B");
		department.put("rooms", rooms);
		return department;
	}

	private static Map<String, Object> room(String name, String... beds) {
		return Map.of("name", name, "beds", List.of(beds));
	}

	private static List<String> fields(ResponseEntity<JsonNode> problem) {
		return problem.getBody().get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
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

	/**
	 * An integrator's view: the document is public (no token) and leaves out no endpoint
	 * the service answers.
	 */
	@Test
	void theOpenApiDocumentIsPublicAndDescribesEveryEndpoint(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		ApiClient.Response document = new ApiClient(this.port).get("/v3/api-docs", null);

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.body().path("components").path("securitySchemes").has("keycloak")).isTrue();
		OpenApiCoverage.assertDocumentsEveryEndpoint(mappings, document.body());
	}

}
