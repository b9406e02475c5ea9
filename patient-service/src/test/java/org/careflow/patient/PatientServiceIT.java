package org.careflow.patient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.careflow.events.AppointmentBooked;
import org.careflow.events.PatientNotificationPreferencesChanged;
import org.careflow.events.PatientRegistered;
import org.careflow.events.PatientUpdated;
import org.careflow.events.Topics;
import org.careflow.localstack.ReceivedMail;
import org.careflow.patient.care.CareRelations;
import org.careflow.patient.crypto.BlindIndex;
import org.careflow.patient.crypto.ChartResealing;
import org.careflow.patient.crypto.FieldCipher;
import org.careflow.patient.crypto.Keyring;
import org.careflow.patient.crypto.PatientSealing;
import org.careflow.patient.crypto.ProfileResealing;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.kafka.EventJson;
import org.careflow.platform.links.ActionLink;
import org.careflow.platform.links.LinkAction;
import org.careflow.platform.links.LinkProperties;
import org.careflow.platform.links.LinkSigner;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.OpenApiCoverage;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The patient service on real infrastructure: a real Kafka broker, a MongoDB-protocol
 * store and the real Keycloak server with the careflow realm. Tokens are real
 * password-grant tokens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "careflow.demo-data=true")
class PatientServiceIT {

	private static final String PASSWORD = "correct-horse-battery";

	private static final String DEMO_PATIENT_ID = "00000000-0000-4000-8000-000000000006";

	private static final FakeAuditSource appointments = new FakeAuditSource();

	/** Signs as notification-service does the welcome email's link. */
	private static final LinkSigner SIGNER = new LinkSigner(
			new LinkProperties(TestInfrastructure.LINK_SIGNING_KEY, null), Clock.systemUTC());

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "careflow-patients-it");
		TestInfrastructure.registerClient(registry, "patient-service");
		TestInfrastructure.registerLinkSigning(registry);
		registry.add("careflow.access-log.sources.appointment-service", appointments::url);
		// its own consumer group: the chart ITs' context (same broker) must not share the
		// appointment events this context books with
		registry.add("spring.kafka.consumer.group-id", () -> "patient-service-it");
	}

	@AfterAll
	static void stopFakes() {
		appointments.close();
	}

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private CircuitBreakerRegistry breakers;

	@Autowired
	private PatientRepository patients;

	@Autowired
	private MongoTemplate mongo;

	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	/** The demo doctor, Dr House. */
	private static final String HOUSE = "00000000-0000-4000-8000-000000000002";

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private CareRelations care;

	@Autowired
	private Keycloak keycloak;

	@Autowired
	private ProfileResealing resealing;

	@Autowired
	private ChartResealing chartResealing;

	@Value("${careflow.crypto.keys.test-1}")
	private String olderKey;

	@Value("${careflow.crypto.index-key}")
	private String indexKey;

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
		String token = TestInfrastructure.keycloak().accessToken("patient@careflow.local", "careflow-demo");

		ResponseEntity<JsonNode> me = get("/api/patients/me", token);

		assertThat(me.getStatusCode().value()).isEqualTo(200);
		assertThat(me.getBody().get("id").asString()).isEqualTo(DEMO_PATIENT_ID);
		assertThat(me.getBody().get("lastName").asString()).isEqualTo("Doe");
		assertThat(me.getBody().get("birthDate").asString()).isEqualTo("1990-04-12");
	}

	@Test
	void staffReadAnyPatientButAPatientMayNotReadAnother() {
		String id = register(registration(uniqueEmail())).getBody().get("id").asString();
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");
		String jane = TestInfrastructure.keycloak().accessToken("patient@careflow.local", "careflow-demo");

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
	void aPatientTurnsRemindersOffAndTheChoiceIsKeptAndAnnouncedOnThePatientsTopic() {
		String email = uniqueEmail();
		String id = register(registration(email)).getBody().get("id").asString();
		String token = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		String path = "/api/patients/me/notification-preferences";

		ResponseEntity<JsonNode> before = get(path, token);
		ResponseEntity<JsonNode> changed = put(path, token,
				Map.of("reminders", false, "visitSummaries", true, "timeZone", "Europe/London"));
		ResponseEntity<JsonNode> after = get(path, token);

		assertThat(before.getBody().get("reminders").asBoolean()).as("on until the patient says otherwise").isTrue();
		assertThat(changed.getStatusCode().value()).isEqualTo(200);
		assertThat(after.getBody().get("reminders").asBoolean()).isFalse();
		assertThat(after.getBody().get("visitSummaries").asBoolean()).isTrue();
		assertThat(after.getBody().get("timeZone").asString()).isEqualTo("Europe/London");
		ConsumerRecord<String, String> record = KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(),
				Topics.PATIENTS,
				(candidate) -> id.equals(candidate.key())
						&& candidate.value().contains(PatientNotificationPreferencesChanged.TYPE),
				Duration.ofSeconds(30));
		PatientNotificationPreferencesChanged event = (PatientNotificationPreferencesChanged) EventJson
			.read(record.value())
			.orElseThrow();
		assertThat(event.reminders()).isFalse();
		assertThat(event.visitSummaries()).isTrue();
		assertThat(event.timeZone()).isEqualTo("Europe/London");
	}

	@Test
	void aPreferenceLeftOutIsA400NamingItAndChangesNothing() {
		String email = uniqueEmail();
		register(registration(email));
		String token = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		String path = "/api/patients/me/notification-preferences";

		ResponseEntity<JsonNode> refused = put(path, token, Map.of("reminders", false));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").get(0).get("field").asString()).isEqualTo("visitSummaries");
		assertThat(get(path, token).getBody().get("reminders").asBoolean()).isTrue();
		for (String notAZone : List.of("+02:00", "Mars/Olympus", "Europe/" + "x".repeat(500))) {
			ResponseEntity<JsonNode> badZone = put(path, token,
					Map.of("reminders", false, "visitSummaries", false, "timeZone", notAZone));
			assertThat(badZone.getStatusCode().value()).as(notAZone).isEqualTo(400);
			assertThat(badZone.getBody().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
		}
		assertThat(get(path, token).getBody().get("visitSummaries").asBoolean()).isTrue();
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

	@ParameterizedTest
	@ValueSource(strings = { "Doe (Jr)", "O'Brien", "Nguyễn Văn", "李" })
	void peopleWithTheNamesRealPeopleHaveCanRegister(String lastName) {
		ResponseEntity<JsonNode> created = register(registration(uniqueEmail(), lastName));

		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		assertThat(created.getBody().get("lastName").asString()).isEqualTo(lastName);
	}

	@Test
	void refusedNamesAre400AndNeverCloseSignUpsForEveryoneElse() {
		for (int i = 0; i < 20; i++) {
			ResponseEntity<JsonNode> refused = register(registration(uniqueEmail(), "<script>alert(" + i + ")"));
			assertThat(refused.getStatusCode().value()).isEqualTo(400);
			assertThat(refused.getBody().get("errors").get(0).get("field").asString()).isEqualTo("lastName");
		}

		assertThat(this.breakers.circuitBreaker("keycloak").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(register(registration(uniqueEmail())).getStatusCode().value()).isEqualTo(201);
	}

	@Test
	void keycloakSendsNoEmailAtRegistrationAndOnRequestSendsItsOwnAsTheFallback() {
		String email = uniqueEmail();
		assertThat(register(registration(email)).getStatusCode().value()).isEqualTo(201);
		String unverified = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		assertThat(claims(unverified).get("email_verified").asBoolean()).isFalse();
		// Keycloak sent its email within the admin call, before the 201: none by now is
		// none
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(3))
			.until(() -> TestInfrastructure.smtp().messagesTo(email).isEmpty());

		ResponseEntity<JsonNode> again = post("/api/patients/me/verification-email", unverified);
		assertThat(again.getStatusCode().value()).isEqualTo(202);
		ReceivedMail keycloaks = await().atMost(Duration.ofSeconds(20))
			.until(() -> TestInfrastructure.smtp().messagesTo(email), mails -> mails.size() == 1)
			.get(0);
		assertThat(keycloaks.subject()).isEqualTo("Verify email");
		String welcomeLink = SIGNER.sign(ActionLink.issue(LinkAction.VERIFY_EMAIL,
				claims(unverified).get("sub").asString(), claims(unverified).get("sub").asString(),
				ActionLink.boundToAddress(email), Instant.now().plus(Duration.ofHours(72))));
		assertThat(this.http.post()
			.uri("/links/email/{token}", welcomeLink)
			.retrieve()
			.toEntity(String.class)
			.getStatusCode()
			.value()).isEqualTo(200);

		String verified = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		assertThat(claims(verified).get("email_verified").asBoolean()).isTrue();
		assertThat(post("/api/patients/me/verification-email", verified).getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void everyProfileReadIsAuditedWithoutTheProfileItself() {
		String id = register(registration(uniqueEmail())).getBody().get("id").asString();
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");
		String jane = TestInfrastructure.keycloak().accessToken("patient@careflow.local", "careflow-demo");

		assertThat(get("/api/patients/" + id, nurse).getStatusCode().value()).isEqualTo(200);
		assertThat(get("/api/patients/" + id, jane).getStatusCode().value()).isEqualTo(403);

		// the audit writer stores entries in batches, off the request thread
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<Document> trail = this.mongo.find(new Query(Criteria.where("patientId").is(id)), Document.class,
					"audit_trail");
			assertThat(trail)
				.extracting(entry -> entry.getString("action") + " " + entry.getString("actorRole") + " "
						+ entry.getString("outcome"))
				.containsExactlyInAnyOrder("create patient SUCCESS", "read nurse SUCCESS", "read patient DENIED");
			assertThat(trail.toString()).doesNotContain("Lovelace", "1985-12-10", "+44 20 7946 0958");
		});
	}

	@Test
	void anAdminReadsTheMergedTrailAndAPatientTheirOwnAccessLog() {
		String email = uniqueEmail();
		String id = register(registration(email)).getBody().get("id").asString();
		String admin = TestInfrastructure.keycloak().accessToken("admin@careflow.local", "careflow-demo");
		String patient = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		get("/api/patients/" + id, admin);
		// the audit writer stores entries in batches, off the request thread
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.mongo.count(new Query(Criteria.where("patientId").is(id)), "audit_trail") >= 2);

		Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
		ResponseEntity<JsonNode> trail = get(
				"/api/audit?patientId=" + id + "&from=" + dayAgo + "&to=" + Instant.now().plus(Duration.ofMinutes(1)),
				admin);
		ResponseEntity<JsonNode> mine = get("/api/patients/me/access-log?from=" + dayAgo, patient);

		assertThat(trail.getStatusCode().value()).as("%s", trail.getBody()).isEqualTo(200);
		assertThat(trail.getBody().get("partial").asBoolean()).isFalse();
		assertThat(trail.getBody().get("entries").valueStream().map(entry -> entry.get("service").asString()))
			.containsExactly("patient-service", "patient-service", "appointment-service");
		assertThat(mine.getBody().get("entries").valueStream().map(entry -> entry.get("patientId").asString()))
			.isNotEmpty()
			.allMatch(id::equals);
		assertThat(appointments.authorizations()).isNotEmpty()
			.allSatisfy(header -> assertThat(claims(header.substring("Bearer ".length())).get("azp").asString())
				.isEqualTo("patient-service"));
		assertThat(get("/api/audit", patient).getStatusCode().value()).isEqualTo(403);
		assertThat(get("/api/patients/me/access-log", admin).getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void theAccessLogSaysWhenAServiceCouldNotBeAsked() {
		String admin = TestInfrastructure.keycloak().accessToken("admin@careflow.local", "careflow-demo");
		appointments.failing(true);
		try {
			ResponseEntity<JsonNode> trail = get("/api/audit", admin);

			assertThat(trail.getStatusCode().value()).isEqualTo(200);
			assertThat(trail.getBody().get("partial").asBoolean()).isTrue();
			assertThat(trail.getBody().get("unavailable").valueStream().map(JsonNode::asString))
				.containsExactly("appointment-service");
		}
		finally {
			appointments.failing(false);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "?from=2020-01-01T00:00:00Z",
			"?page=1001", "?size=0", "?size=101", "?from=yesterday", "?patientId=%3Cscript%3E", "?page=20&size=100" })
	void anAccessLogQueryOutOfBoundsIsA400NamingTheParameter(String query) {
		String admin = TestInfrastructure.keycloak().accessToken("admin@careflow.local", "careflow-demo");

		ResponseEntity<JsonNode> refused = get("/api/audit" + query, admin);

		assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").get(0).get("field").asString()).isNotBlank();
	}

	@Test
	void theInternalAuditTrailTakesOnlyAServiceToken() {
		String jane = TestInfrastructure.keycloak().accessToken("patient@careflow.local", "careflow-demo");
		String service = TestInfrastructure.keycloak().serviceToken("patient-service");
		String query = "/internal/audit?from=2020-01-01T00:00:00Z&to=2020-06-01T00:00:00Z";

		assertThat(get(query, jane).getStatusCode().value()).isEqualTo(403);
		assertThat(get(query, service).getStatusCode().value()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRegistrations")
	void badInputGetsA4xxProblemNamingTheFieldAndNeverA5xx(String what, String body, int status, String field) {
		ResponseEntity<JsonNode> refused = this.http.post()
			.uri("/api/patients/register")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);

		assertThat(refused.getStatusCode().value()).as("%s: %s", what, refused.getBody()).isEqualTo(status);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		if (field != null) {
			assertThat(refused.getBody().get("errors").valueStream().map(error -> error.get("field").asString()))
				.contains(field);
		}
	}

	static Stream<Arguments> badRegistrations() {
		String valid = "\"email\":\"%s\",\"password\":\"correct-horse-battery\",\"firstName\":\"Ada\","
				+ "\"phone\":\"+15550100\"";
		String base = valid.formatted(uniqueEmail());
		return Stream.of(Arguments.of("a body of 100 KB", "{\"x\":\"" + "a".repeat(100_000) + "\"}", 413, null),
				Arguments.of("JSON nested 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000), 400, null),
				Arguments.of("an array instead of an object", "[1,2,3]", 400, null),
				Arguments.of("not JSON at all", "<registration/>", 400, null),
				Arguments.of("a birth date at year 1,000,000,000",
						"{" + base + ",\"lastName\":\"L\",\"birthDate\":\"+1000000000-01-01\"}", 400, "birthDate"),
				Arguments.of("the 30th of February", "{" + base + ",\"lastName\":\"L\",\"birthDate\":\"1990-02-30\"}",
						400, "birthDate"),
				Arguments.of("a birth date as a number", "{" + base + ",\"lastName\":\"L\",\"birthDate\":19900101}",
						400, "birthDate"),
				Arguments.of("a password that is a list",
						"{\"email\":\"x@example.org\",\"password\":[\"a\"],\"firstName\":\"A\",\"lastName\":\"B\","
								+ "\"birthDate\":\"1990-01-01\",\"phone\":\"+15550100\"}",
						400, "password"),
				Arguments.of("a NUL byte in a name",
						"{" + base + ",\"lastName\":\"Doe\\u0000\",\"birthDate\":\"1990-01-01\"}", 400, "lastName"),
				Arguments.of("a name of 10,000 characters",
						"{" + base + ",\"lastName\":\"" + "x".repeat(10_000) + "\",\"birthDate\":\"1990-01-01\"}", 400,
						"lastName"));
	}

	@Test
	void anAbsurdIdIsA400NeverA5xx() {
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");

		ResponseEntity<JsonNode> refused = get("/api/patients/" + "9".repeat(5_000), nurse);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").get(0).get("field").asString()).isEqualTo("id");
	}

	@Test
	void aPatientKeepsTheirContactDetailsUpToDateWithAMergePatch() {
		String email = uniqueEmail();
		String id = register(registration(email)).getBody().get("id").asString();
		String token = TestInfrastructure.keycloak().accessToken(email, PASSWORD);

		ResponseEntity<JsonNode> changed = patch(token, MERGE_PATCH,
				Map.of("phone", "+33 1 23 45 67 89", "address",
						Map.of("line1", "1 Rue de la Paix", "city", "Paris", "postalCode", "75002", "country", "fr"),
						"preferredLanguage", "pt-br", "emergencyContacts",
						List.of(Map.of("name", "Mary Major", "relationship", "sister", "phone", "+15550102"))));

		assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
		assertThat(changed.getBody().get("version").asLong()).isEqualTo(1);
		JsonNode me = get("/api/patients/me", token).getBody();
		assertThat(me.get("id").asString()).isEqualTo(id);
		assertThat(me.get("phone").asString()).isEqualTo("+33 1 23 45 67 89");
		assertThat(me.get("address").get("country").asString()).isEqualTo("FR");
		assertThat(me.get("preferredLanguage").asString()).isEqualTo("pt-BR");
		assertThat(me.get("emergencyContacts").get(0).get("name").asString()).isEqualTo("Mary Major");
		assertThat(me.get("age").asInt())
			.isEqualTo(Period.between(LocalDate.of(1985, 12, 10), LocalDate.now()).getYears());
		assertThat(me.get("firstName").asString()).isEqualTo("Ada");

		// RFC 7396: a part sent as null is cleared, parts left out stay; plain JSON works
		// too
		Map<String, Object> clearCity = new HashMap<>();
		clearCity.put("city", null);
		Map<String, Object> clear = new HashMap<>();
		clear.put("address", clearCity);
		clear.put("emergencyContacts", null);
		ResponseEntity<JsonNode> cleared = patch(token, MediaType.APPLICATION_JSON, clear);

		assertThat(cleared.getStatusCode().value()).as("%s", cleared.getBody()).isEqualTo(200);
		assertThat(cleared.getBody().get("address").get("city").isNull()).isTrue();
		assertThat(cleared.getBody().get("address").get("line1").asString()).isEqualTo("1 Rue de la Paix");
		assertThat(cleared.getBody().get("emergencyContacts").isEmpty()).isTrue();
		assertThat(cleared.getBody().get("phone").asString()).isEqualTo("+33 1 23 45 67 89");
	}

	@ParameterizedTest
	@CsvSource({ "firstName,Eve,clinic's staff only", "birthDate,2000-01-01,clinic's staff only",
			"gender,female,clinic's staff only", "attendingDoctorId,d-1,clinic's staff only",
			"departmentId,cardiology,clinic's staff only", "id,someone-else,clinic's staff only",
			"version,7,clinic's staff only", "email,eve@example.org,account page (Keycloak)",
			"nickname,Ada,not a field" })
	void aPatientChangingAFieldTheyMayNotIsRefusedNamingItAndNothingIsStored(String field, String value,
			String reason) {
		String email = uniqueEmail();
		register(registration(email));
		String token = TestInfrastructure.keycloak().accessToken(email, PASSWORD);

		ResponseEntity<JsonNode> refused = patch(token, MERGE_PATCH, Map.of("phone", "+15550199", field, value));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody().get("errors")).singleElement().satisfies((error) -> {
			assertThat(error.get("field").asString()).isEqualTo(field);
			assertThat(error.get("message").asString()).contains(reason);
		});
		JsonNode me = get("/api/patients/me", token).getBody();
		assertThat(me.get("phone").asString()).as("nothing stored").isEqualTo("+44 20 7946 0958");
		assertThat(me.get("version").asLong()).isZero();
	}

	@Test
	void anInvalidValueOrABodyThatIsNotAPatchIsA4xxNamingIt() {
		String email = uniqueEmail();
		register(registration(email));
		String token = TestInfrastructure.keycloak().accessToken(email, PASSWORD);

		ResponseEntity<JsonNode> badLanguage = patch(token, MERGE_PATCH, Map.of("preferredLanguage", "klingon!"));
		ResponseEntity<JsonNode> tooLarge = patch(token, MERGE_PATCH, Map.of("phone", "1".repeat(16 * 1024)));
		ResponseEntity<JsonNode> notJson = this.http.patch()
			.uri("/api/patients/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.TEXT_PLAIN)
			.body("phone=1")
			.retrieve()
			.toEntity(JsonNode.class);

		assertThat(badLanguage.getStatusCode().value()).isEqualTo(400);
		assertThat(badLanguage.getBody().get("errors").get(0).get("field").asString()).isEqualTo("preferredLanguage");
		assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
		assertThat(notJson.getStatusCode().value()).isEqualTo(415);
	}

	@Test
	void theDirectoryFindsPatientsByANamePrefixInAnyCaseSortedAndPaged() {
		String family = uniqueFamilyName();
		String ada = registerNamed("Ada", family);
		String bea = registerNamed("Béa", family);
		String cyd = registerNamed("cyd", family);
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");
		String prefix = family.substring(0, 9).toUpperCase();

		ResponseEntity<JsonNode> first = get("/api/patients?name=" + prefix + "&size=2", nurse);
		ResponseEntity<JsonNode> second = get("/api/patients?name=" + prefix + "&size=2&page=1", nurse);
		ResponseEntity<JsonNode> byFirstName = get("/api/patients?name=bea&birthDate=1985-12-10", nurse);

		assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(200);
		assertThat(first.getBody().valueStream().map((entry) -> entry.get("id").asString())).containsExactly(ada, bea);
		assertThat(first.getHeaders().getFirst(HttpHeaders.LINK)).contains("page=1", "rel=\"next\"");
		assertThat(second.getBody().valueStream().map((entry) -> entry.get("id").asString())).containsExactly(cyd);
		assertThat(second.getHeaders().getFirst(HttpHeaders.LINK)).isNull();
		assertThat(first.getBody().get(0).has("email")).as("no contact details in the directory").isFalse();
		assertThat(byFirstName.getBody().valueStream().map((entry) -> entry.get("id").asString())).contains(bea)
			.doesNotContain(ada, cyd);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<Document> searches = this.mongo.find(
					new Query(Criteria.where("action").is("search").and("actorRole").is("nurse")), Document.class,
					"audit_trail");
			assertThat(searches).hasSizeGreaterThanOrEqualTo(3);
			assertThat(searches.toString()).doesNotContainIgnoringCase(prefix).doesNotContain("1985-12-10");
		});
	}

	@Test
	void aDoctorFindsOnlyThePatientsInTheirCareUnlessTheyBreakTheGlass() {
		String family = uniqueFamilyName();
		String mine = registerNamed("Mine", family);
		String notMine = registerNamed("Other", family);
		putInCareOf(HOUSE, mine);
		String house = TestInfrastructure.keycloak().accessToken("doctor@careflow.local", "careflow-demo");
		HttpHeaders glass = new HttpHeaders();
		glass.set("X-Break-Glass-Reason", "unconscious patient, no id card");

		ResponseEntity<JsonNode> inCare = get("/api/patients?name=" + family, house);
		ResponseEntity<JsonNode> emergency = get("/api/patients?name=" + family, house, glass);

		assertThat(inCare.getStatusCode().value()).as("%s", inCare.getBody()).isEqualTo(200);
		assertThat(inCare.getBody().valueStream().map((entry) -> entry.get("id").asString())).containsExactly(mine);
		assertThat(emergency.getBody().valueStream().map((entry) -> entry.get("id").asString())).containsExactly(mine,
				notMine);
		assertThat(this.mongo.count(new Query(Criteria.where("actorId").is(HOUSE).and("area").is("patient-directory")),
				"emergency_accesses"))
			.isPositive();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.mongo.exists(new Query(
					Criteria.where("actorId").is(HOUSE).and("action").is("search").and("outcome").is("EMERGENCY")),
					"audit_trail"));
		// a doctor changes the profile of a patient in their care only
		assertThat(put("/api/patients/" + mine, house, staffProfile("Mine", family, 0)).getStatusCode().value())
			.isEqualTo(200);
		assertThat(put("/api/patients/" + notMine, house, staffProfile("Other", family, 0)).getStatusCode().value())
			.isEqualTo(403);
	}

	@Test
	void personalDataIsSealedInTheStoreAndReadBackPlain() {
		String email = uniqueEmail();
		String family = uniqueFamilyName();
		String id = register(registration(email, family)).getBody().get("id").asString();
		String token = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		patch(token, MERGE_PATCH,
				Map.of("address", Map.of("line1", "12 St James's Square", "city", "Marylebone", "postalCode", "SW1Y"),
						"emergencyContacts",
						List.of(Map.of("name", "Annabella Milbanke", "relationship", "mother", "phone", "+15550177"))));

		Document raw = this.mongo.findById(id, Document.class, "patients");

		assertThat(raw.toJson()).doesNotContain("\"Ada\"", family, family.toLowerCase(), "1985-12-10", "7946 0958",
				email, "St James's", "Marylebone", "Annabella", "15550177");
		assertThat(raw.getString("lastName")).startsWith("v1.test-2.");
		assertThat(raw.get("sealedWith")).isEqualTo("test-2");
		assertThat(raw).doesNotContainKeys("firstNameKey", "lastNameKey");
		JsonNode me = get("/api/patients/me", token).getBody();
		assertThat(me.get("lastName").asString()).isEqualTo(family);
		assertThat(me.get("birthDate").asString()).isEqualTo("1985-12-10");
		assertThat(me.get("address").get("city").asString()).isEqualTo("Marylebone");
		assertThat(me.get("emergencyContacts").get(0).get("phone").asString()).isEqualTo("+15550177");
		assertThat(this.patients.existsByEmail(email.toUpperCase())).as("found by the email's blind index").isTrue();
	}

	@Test
	void aTamperedRecordIsRefusedAsUnreadableNeverShownAsGarbage() {
		String family = uniqueFamilyName();
		String id = registerNamed("Mallory", family);
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");
		String sealed = this.mongo.findById(id, Document.class, "patients").getString("lastName");
		String altered = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("AAA") ? "BBB" : "AAA");
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().set("lastName", altered),
				"patients");

		ResponseEntity<JsonNode> read = get("/api/patients/" + id, nurse);
		ResponseEntity<JsonNode> search = get("/api/patients?name=" + family, nurse);

		assertThat(read.getStatusCode().value()).isEqualTo(422);
		assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(read.getBody().get("title").asString()).isEqualTo("Record cannot be read");
		assertThat(read.getBody().get("recordId").asString()).isEqualTo(id);
		assertThat(read.getBody().toString()).doesNotContain(altered.substring(12), "Mallory", "Exception");
		assertThat(search.getStatusCode().value()).as("the search still answers").isEqualTo(200);
		assertThat(search.getBody().valueStream().map((entry) -> entry.get("id").asString())).doesNotContain(id);
	}

	@Test
	void profilesStoredPlainOrWithAnOlderKeyAreReadAndResealedWithTheCurrentKey() {
		String family = uniqueFamilyName();
		String plainId = UUID.randomUUID().toString();
		String olderId = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", plainId).append("email", uniqueEmail())
			.append("firstName", "Grace")
			.append("lastName", family)
			.append("birthDate", Date.from(Instant.parse("1906-12-09T00:00:00Z")))
			.append("phone", "+15550199")
			.append("firstNameKey", "grace")
			.append("lastNameKey", family.toLowerCase()), "patients");
		Keyring before = Keyring.of(Map.of("test-1", this.olderKey), "test-1", this.indexKey);
		Document older = new Document("_id", olderId).append("email", uniqueEmail())
			.append("firstName", "Hedy")
			.append("lastName", family)
			.append("birthDate", LocalDate.of(1914, 11, 9))
			.append("phone", "+15550198");
		new PatientSealing(new FieldCipher(before), new BlindIndex(before)).seal(olderId, older);
		this.mongo.insert(older, "patients");
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");

		assertThat(get("/api/patients/" + plainId, nurse).getBody().get("birthDate").asString())
			.isEqualTo("1906-12-09");
		assertThat(get("/api/patients/" + olderId, nurse).getBody().get("firstName").asString()).isEqualTo("Hedy");

		assertThat(this.resealing.resealAll()).isGreaterThanOrEqualTo(2);

		for (String id : List.of(plainId, olderId)) {
			Document raw = this.mongo.findById(id, Document.class, "patients");
			assertThat(raw.get("sealedWith")).isEqualTo("test-2");
			assertThat(raw.toJson()).doesNotContain("\"Grace\"", "\"Hedy\"", family, "v1.test-1.", "15550199");
			assertThat(raw).doesNotContainKeys("firstNameKey", "lastNameKey");
		}
		assertThat(get("/api/patients/" + plainId, nurse).getBody().get("firstName").asString()).isEqualTo("Grace");
		assertThat(get("/api/patients?name=" + family, nurse).getBody()
			.valueStream()
			.map((entry) -> entry.get("firstName").asString())).containsExactly("Grace", "Hedy");
	}

	@Test
	void whatIsWrittenInAChartIsSealedInTheStoreAndReadBackPlain() {
		String patient = registerNamed("Ada", uniqueFamilyName());
		String admin = adminToken();
		String allergies = "/api/patients/" + patient + "/allergies";
		ResponseEntity<JsonNode> allergy = postJson(allergies, admin,
				Map.of("substance", "Penicillin G", "substanceCode",
						Map.of("system", "http://snomed.info/sct", "code", "764146007", "display", "Penicillin"),
						"reaction", "Urticaria on both arms", "severity", "moderate", "criticality", "high"));
		ResponseEntity<JsonNode> record = postJson("/api/records", admin,
				Map.of("patientId", patient, "kind", "diagnosis", "text", "Seasonal rhinitis since spring", "code",
						Map.of("system", "http://hl7.org/fhir/sid/icd-10", "code", "J30.2", "display", "Hay fever")));
		assertThat(allergy.getStatusCode().value()).as("%s", allergy.getBody()).isEqualTo(201);
		assertThat(record.getStatusCode().value()).as("%s", record.getBody()).isEqualTo(201);
		String allergyId = allergy.getBody().get("id").asString();
		String recordId = record.getBody().get("id").asString();
		ResponseEntity<JsonNode> revised = put(allergies + "/" + allergyId, admin, Map.of("substance", "Penicillin V",
				"reaction", "Urticaria and wheezing", "severity", "severe", "criticality", "high", "version", 0));
		assertThat(revised.getStatusCode().value()).as("%s", revised.getBody()).isEqualTo(200);

		Document rawAllergy = this.mongo.findById(allergyId, Document.class, "allergies");
		Document rawRecord = this.mongo.findById(recordId, Document.class, "records");

		assertThat(rawAllergy.toJson()).doesNotContain("Penicillin", "Urticaria", "wheezing");
		assertThat(rawAllergy.getString("substance")).startsWith("v1.test-2.");
		assertThat(rawAllergy.get("sealedWith")).isEqualTo("test-2");
		assertThat(rawAllergy.get("severity")).as("not written about the patient").isEqualTo("severe");
		assertThat(rawRecord.toJson()).doesNotContain("rhinitis", "J30.2", "Hay fever", "icd-10");
		assertThat(rawRecord.get("code", Document.class).getString("code")).startsWith("v1.test-2.");
		assertThat(rawRecord.get("patientId")).as("queried: stays plain").isEqualTo(patient);
		JsonNode readAllergy = get(allergies + "/" + allergyId, admin).getBody();
		assertThat(readAllergy.get("substance").asString()).isEqualTo("Penicillin V");
		assertThat(readAllergy.get("reaction").asString()).isEqualTo("Urticaria and wheezing");
		assertThat(readAllergy.get("version").asLong()).isEqualTo(1);
		assertThat(
				get("/api/records?patientId=" + patient, admin).getBody().get(0).get("code").get("display").asString())
			.isEqualTo("Hay fever");
		assertThat(get("/api/records/" + recordId, admin).getBody().get("text").asString())
			.isEqualTo("Seasonal rhinitis since spring");
	}

	@Test
	void aTamperedChartEntryIsRefusedAsUnreadableNeverShownAsGarbage() {
		String patient = registerNamed("Mallory", uniqueFamilyName());
		String admin = adminToken();
		String allergies = "/api/patients/" + patient + "/allergies";
		String allergyId = postJson(allergies, admin, Map.of("substance", "Latex", "reaction", "Contact dermatitis",
				"severity", "mild", "criticality", "low"))
			.getBody()
			.get("id")
			.asString();
		String recordId = postJson("/api/records", admin,
				Map.of("patientId", patient, "kind", "note", "text", "Prefers morning visits"))
			.getBody()
			.get("id")
			.asString();
		flipAByteOf("allergies", allergyId, "reaction");
		flipAByteOf("records", recordId, "text");

		for (ResponseEntity<JsonNode> read : List.of(get(allergies + "/" + allergyId, admin),
				get("/api/records/" + recordId, admin))) {
			assertThat(read.getStatusCode().value()).isEqualTo(422);
			assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(read.getBody().get("title").asString()).isEqualTo("Record cannot be read");
			assertThat(read.getBody().toString()).doesNotContain("Latex", "dermatitis", "morning", "Exception");
		}
		assertThat(get(allergies + "/" + allergyId, admin).getBody().get("recordId").asString()).isEqualTo(allergyId);
		assertThat(get(allergies, admin).getStatusCode().value()).as("a list missing an allergy is worse than none")
			.isEqualTo(422);
		assertThat(get("/api/records/" + recordId, admin).getBody().get("recordId").asString()).isEqualTo(recordId);
	}

	@Test
	void chartEntriesStoredPlainAreReadAndResealedWithTheCurrentKey() {
		String patient = registerNamed("Grace", uniqueFamilyName());
		String admin = adminToken();
		String allergyId = UUID.randomUUID().toString();
		String recordId = UUID.randomUUID().toString();
		Date before = Date.from(Instant.parse("2025-03-01T09:00:00Z"));
		this.mongo.insert(new Document("_id", allergyId).append("patientId", patient)
			.append("authorId", HOUSE)
			.append("createdAt", before)
			.append("updatedAt", before)
			.append("substance", "Sulfonamides")
			.append("substanceCode", new Document("system", "http://snomed.info/sct").append("code", "387406002"))
			.append("reaction", "Stevens-Johnson syndrome")
			.append("severity", "severe")
			.append("criticality", "high")
			.append("status", "active")
			.append("version", 0L), "allergies");
		this.mongo.insert(new Document("_id", recordId).append("patientId", patient)
			.append("authorId", HOUSE)
			.append("createdAt", before)
			.append("updatedAt", before)
			.append("kind", "diagnosis")
			.append("text", "Type 2 diabetes, diet-controlled")
			.append("code", new Document("system", "http://hl7.org/fhir/sid/icd-10").append("code", "E11.9"))
			.append("status", "active")
			.append("version", 0L), "records");
		String allergyPath = "/api/patients/" + patient + "/allergies/" + allergyId;

		assertThat(get(allergyPath, admin).getBody().get("reaction").asString()).isEqualTo("Stevens-Johnson syndrome");
		assertThat(get("/api/records/" + recordId, admin).getBody().get("code").get("code").asString())
			.isEqualTo("E11.9");

		assertThat(this.chartResealing.resealAll()).isGreaterThanOrEqualTo(2);

		Document rawAllergy = this.mongo.findById(allergyId, Document.class, "allergies");
		Document rawRecord = this.mongo.findById(recordId, Document.class, "records");
		assertThat(rawAllergy.get("sealedWith")).isEqualTo("test-2");
		assertThat(rawAllergy.toJson()).doesNotContain("Sulfonamides", "387406002", "Stevens-Johnson");
		assertThat(rawAllergy.get("version")).as("a resealing is not a change").isEqualTo(0L);
		assertThat(rawRecord.get("sealedWith")).isEqualTo("test-2");
		assertThat(rawRecord.toJson()).doesNotContain("diabetes", "E11.9");
		assertThat(get(allergyPath, admin).getBody().get("substance").asString()).isEqualTo("Sulfonamides");
		assertThat(get("/api/records/" + recordId, admin).getBody().get("text").asString())
			.isEqualTo("Type 2 diabetes, diet-controlled");
		assertThat(this.chartResealing.resealAll()).as("nothing left to reseal").isZero();
	}

	@Test
	void aSearchNeedsAFilterAndAName() {
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");

		ResponseEntity<JsonNode> none = get("/api/patients", nurse);
		ResponseEntity<JsonNode> tooShort = get("/api/patients?name=a", nurse);
		ResponseEntity<JsonNode> tooLarge = get("/api/patients?name=ab&size=101", nurse);

		assertThat(none.getStatusCode().value()).isEqualTo(400);
		assertThat(none.getBody().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactly("name", "birthDate", "departmentId");
		assertThat(tooShort.getStatusCode().value()).isEqualTo(400);
		assertThat(tooShort.getBody().get("errors").get(0).get("field").asString()).isEqualTo("name");
		assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void patientsAndPharmacistsNeitherSearchNorChangeProfiles() {
		String email = uniqueEmail();
		String id = register(registration(email)).getBody().get("id").asString();
		String patient = TestInfrastructure.keycloak().accessToken(email, PASSWORD);
		String pharmacist = TestInfrastructure.keycloak().accessToken("pharmacist@careflow.local", "careflow-demo");

		assertThat(get("/api/patients?name=Lovelace", patient).getStatusCode().value()).isEqualTo(403);
		assertThat(get("/api/patients?name=Lovelace", pharmacist).getStatusCode().value()).isEqualTo(403);
		assertThat(put("/api/patients/" + id, patient, staffProfile("Ada", "Byron", 0)).getStatusCode().value())
			.isEqualTo(403);
		assertThat(put("/api/patients/" + id, pharmacist, staffProfile("Ada", "Byron", 0)).getStatusCode().value())
			.isEqualTo(403);
		assertThat(get("/api/patients/me", patient).getBody().get("lastName").asString()).isEqualTo("Lovelace");
	}

	/**
	 * The staff correct a name, and the patient changes their address on their account
	 * page (here: Keycloak's admin API, as its account page does) and verifies it: the
	 * profile follows the login once verified, and each change is announced for the
	 * services that name or email the patient.
	 */
	@Test
	void aCorrectedNameAndANewVerifiedAddressAreAnnouncedAndTheProfileFollowsTheLogin() {
		String email = uniqueEmail();
		String id = register(registration(email)).getBody().get("id").asString();
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");
		assertThat(put("/api/patients/" + id, nurse, staffProfile("Ada", "King", 0)).getStatusCode().value())
			.isEqualTo(200);
		PatientUpdated renamed = awaitUpdated(id, (event) -> "King".equals(event.lastName()));
		assertThat(renamed.email()).isEqualTo(email);

		String moved = uniqueEmail();
		UserResource login = this.keycloak.realm("careflow").users().get(id);
		UserRepresentation unverified = login.toRepresentation();
		unverified.setEmail(moved);
		unverified.setEmailVerified(false);
		login.update(unverified);
		String beforeVerifying = TestInfrastructure.keycloak().accessToken(moved, PASSWORD);
		assertThat(get("/api/patients/me", beforeVerifying).getBody().get("email").asString())
			.as("an address not verified yet is not taken on")
			.isEqualTo(email);

		UserRepresentation verified = login.toRepresentation();
		verified.setEmailVerified(true);
		login.update(verified);
		String token = TestInfrastructure.keycloak().accessToken(moved, PASSWORD);
		JsonNode me = get("/api/patients/me", token).getBody();

		assertThat(me.get("email").asString()).isEqualTo(moved);
		assertThat(me.get("version").asLong()).isEqualTo(2);
		assertThat(awaitUpdated(id, (event) -> moved.equals(event.email())).lastName()).isEqualTo("King");
		assertThat(get("/api/patients/me", token).getBody().get("version").asLong()).as("followed once").isEqualTo(2);
		assertThat(this.patients.existsByEmail(moved)).as("the blind index follows too").isTrue();
		assertThat(this.patients.existsByEmail(email)).isFalse();
	}

	private static PatientUpdated awaitUpdated(String patientId, Predicate<PatientUpdated> wanted) {
		ConsumerRecord<String, String> record = KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(),
				Topics.PATIENTS,
				(candidate) -> patientId.equals(candidate.key()) && EventJson.read(candidate.value())
					.filter((event) -> event instanceof PatientUpdated updated && wanted.test(updated))
					.isPresent(),
				Duration.ofSeconds(30));
		return (PatientUpdated) EventJson.read(record.value()).orElseThrow();
	}

	/**
	 * The rotation's command, on the management port: an admin reseals now what is not
	 * under the current key; nobody else may.
	 */
	@Test
	void anAdminResealsOnTheManagementPortAndNobodyElseMay() {
		RestClient management = RestClient.builder()
			.baseUrl("http://localhost:" + this.managementPort)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
		String admin = TestInfrastructure.keycloak().accessToken("admin@careflow.local", "careflow-demo");
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");

		ResponseEntity<JsonNode> resealed = management.post()
			.uri("/actuator/reseal")
			.headers((headers) -> headers.setBearerAuth(admin))
			.retrieve()
			.toEntity(JsonNode.class);

		assertThat(resealed.getStatusCode().value()).as("%s", resealed.getBody()).isEqualTo(200);
		assertThat(resealed.getBody().get("currentKey").asString()).isNotBlank();
		assertThat(resealed.getBody().has("profiles")).isTrue();
		assertThat(resealed.getBody().has("chartEntries")).isTrue();
		assertThat(management.post()
			.uri("/actuator/reseal")
			.headers((headers) -> headers.setBearerAuth(nurse))
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(403);
		assertThat(management.post().uri("/actuator/reseal").retrieve().toBodilessEntity().getStatusCode().value())
			.isEqualTo(401);
	}

	@Test
	void aNurseChangesTheWholeProfileWithTheVersionTheyReadAndAStaleVersionIsAConflict() {
		String email = uniqueEmail();
		String id = register(registration(email)).getBody().get("id").asString();
		String nurse = TestInfrastructure.keycloak().accessToken("nurse@careflow.local", "careflow-demo");
		Map<String, Object> profile = new HashMap<>(staffProfile("Ada", "King", 0));
		profile.put("gender", "female");
		profile.put("departmentId", "cardiology");
		profile.put("attendingDoctorId", HOUSE);

		ResponseEntity<JsonNode> changed = put("/api/patients/" + id, nurse, profile);
		ResponseEntity<JsonNode> stale = put("/api/patients/" + id, nurse, staffProfile("Ada", "Stale", 0));
		ResponseEntity<JsonNode> withEmail = put("/api/patients/" + id, nurse, Map.of("firstName", "Ada", "lastName",
				"King", "birthDate", "1985-12-10", "phone", "+15550100", "version", 1, "email", "new@example.org"));
		ResponseEntity<JsonNode> unknown = put("/api/patients/" + UUID.randomUUID(), nurse, staffProfile("A", "B", 0));

		assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
		assertThat(changed.getBody().get("version").asLong()).isEqualTo(1);
		assertThat(changed.getBody().get("gender").asString()).isEqualTo("female");
		assertThat(stale.getStatusCode().value()).isEqualTo(409);
		assertThat(stale.getBody().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(withEmail.getStatusCode().value()).isEqualTo(400);
		assertThat(withEmail.getBody().get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		JsonNode read = get("/api/patients/" + id, nurse).getBody();
		assertThat(read.get("lastName").asString()).isEqualTo("King");
		assertThat(read.get("departmentId").asString()).isEqualTo("cardiology");
		assertThat(read.get("email").asString()).isEqualTo(email);
		assertThat(get("/api/patients?departmentId=cardiology&name=king", nurse).getBody()
			.valueStream()
			.map((entry) -> entry.get("id").asString())).contains(id);
	}

	private static JsonNode claims(String jwt) {
		String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readTree(payload);
	}

	private ResponseEntity<JsonNode> patch(String token, MediaType type, Map<String, Object> body) {
		return this.http.patch()
			.uri("/api/patients/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(type)
			.body(JsonMapper.builder().build().writeValueAsString(body))
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private ResponseEntity<JsonNode> get(String path, String token, HttpHeaders extra) {
		return this.http.get().uri(path).headers((headers) -> {
			headers.addAll(extra);
			headers.setBearerAuth(token);
		}).retrieve().toEntity(JsonNode.class);
	}

	private static Map<String, Object> staffProfile(String firstName, String lastName, long version) {
		return Map.of("firstName", firstName, "lastName", lastName, "birthDate", "1985-12-10", "phone", "+15550100",
				"version", version);
	}

	/**
	 * Letters only, unique per run: the directory's searches find this test's patients
	 * only.
	 */
	private static String uniqueFamilyName() {
		String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		return "Zed" + (letters + "abcdefgh").substring(0, 8);
	}

	private String registerNamed(String firstName, String lastName) {
		Map<String, Object> body = new HashMap<>(registration(uniqueEmail(), lastName));
		body.put("firstName", firstName);
		ResponseEntity<JsonNode> created = register(body);
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		return created.getBody().get("id").asString();
	}

	/** Books the patient with the doctor as appointment-service would announce it. */
	private void putInCareOf(String doctorId, String patientId) {
		Instant start = Instant.now().plus(Duration.ofDays(1));
		AppointmentBooked booked = AppointmentBooked.of(UUID.randomUUID().toString(), patientId, doctorId, start,
				start.plus(Duration.ofMinutes(30)), "Europe/Paris");
		this.kafka.send(Topics.APPOINTMENTS, booked.aggregateId(), EventJson.write(booked)).join();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.care.isInCareOf(doctorId, patientId));
	}

	private ResponseEntity<JsonNode> post(String path, String token) {
		return this.http.post()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private ResponseEntity<JsonNode> postJson(String path, String token, Map<String, Object> body) {
		return withJson(HttpMethod.POST, path, token, body);
	}

	/**
	 * Alters one character of the sealed value, as someone with access to the store
	 * might.
	 */
	private void flipAByteOf(String collection, String id, String field) {
		String sealed = this.mongo.findById(id, Document.class, collection).getString(field);
		assertThat(sealed).startsWith("v1.");
		int at = sealed.length() - 5;
		String altered = sealed.substring(0, at) + ((sealed.charAt(at) == 'A') ? 'B' : 'A') + sealed.substring(at + 1);
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().set(field, altered), collection);
	}

	private static String adminToken() {
		return TestInfrastructure.keycloak().accessToken("admin@careflow.local", "careflow-demo");
	}

	private ResponseEntity<JsonNode> put(String path, String token, Map<String, Object> body) {
		return withJson(HttpMethod.PUT, path, token, body);
	}

	private ResponseEntity<JsonNode> withJson(HttpMethod method, String path, String token, Map<String, Object> body) {
		return this.http.method(method)
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
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
		return registration(email, "Lovelace");
	}

	private static Map<String, Object> registration(String email, String lastName) {
		return Map.of("email", email, "password", PASSWORD, "firstName", "Ada", "lastName", lastName, "birthDate",
				"1985-12-10", "phone", "+44 20 7946 0958");
	}

	private static String uniqueEmail() {
		return "ada." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
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
		JsonNode register = document.body().path("paths").path("/api/patients/register").path("post");
		assertThat(register.path("summary").asString()).isEqualTo("Register as a patient");
		assertThat(register.path("security").isEmpty()).as("registration needs no token").isTrue();
		assertThat(register.path("responses").path("401").isMissingNode()).isTrue();
		JsonNode profile = document.body().path("paths").path("/api/patients/{id}").path("get");
		assertThat(profile.path("security").get(0).has("keycloak")).isTrue();
		assertThat(profile.path("responses").path("404").path("content").has("application/problem+json")).isTrue();
		JsonNode schemas = document.body().path("components").path("schemas");
		assertThat(schemas.has("ProblemDetail")).isTrue();
		assertThat(schemas.size()).as("schemas read from the records").isGreaterThan(5);
	}

}
