package org.careflow.notification.live;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.AppointmentCheckedIn;
import org.careflow.events.AppointmentFulfilled;
import org.careflow.events.AppointmentRescheduled;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.Topics;
import org.careflow.notification.NotificationApplication;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.OpenApiCoverage;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/events/stream} on real infrastructure: Keycloak's tokens for the demo
 * users, appointment events published to a real Kafka broker as appointment-service does
 * (key = appointment id, three partitions), the stream read as a browser would. The email
 * listeners are off: the stream has its own reader and needs none of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.listener.auto-startup=false", "careflow.live.heartbeat=1s",
				"careflow.live.max-streams-per-user=3", "careflow.live.max-replay=50" })
class LiveStreamIT {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	/** Long enough for a stray event to arrive, where none may. */
	private static final Duration QUIET = Duration.ofMillis(700);

	private static final String PATIENT_ID = "00000000-0000-4000-8000-000000000006";

	private static final String DOCTOR_ID = "00000000-0000-4000-8000-000000000002";

	private static final Instant NINE = Instant.parse("2026-11-24T08:00:00Z");

	private static KafkaProducer<String, String> producer;

	private static String patient;

	private static String doctor;

	private static String nurse;

	private static String admin;

	private static String pharmacist;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("management.server.port", () -> "0");
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongo().uri("careflow-notifications-live-it"));
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
		registry.add("careflow.security.issuer-uri", () -> TestInfrastructure.keycloak().issuerUri());
		registry.add("careflow.security.jwk-set-uri", () -> TestInfrastructure.keycloak().jwkSetUri());
		TestInfrastructure.registerSmtp(registry);
		TestInfrastructure.registerLinkSigning(registry);
	}

	@BeforeAll
	static void tokensAndProducer() {
		patient = token("patient@careflow.local");
		doctor = token("doctor@careflow.local");
		nurse = token("nurse@careflow.local");
		admin = token("admin@careflow.local");
		pharmacist = token("pharmacist@careflow.local");
		producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
		// the topic exists before the service looks for it
		producer.partitionsFor(Topics.APPOINTMENTS);
	}

	@AfterAll
	static void closeProducer() {
		producer.close();
	}

	@Test
	void aPatientsStreamCarriesTheirBookingThenItsCancellationAndNeverAnotherPatients() throws Exception {
		try (SseConnection mine = open(patient, null); SseConnection clinic = open(nurse, null)) {
			assertThat(mine.header("Content-Type")).startsWith("text/event-stream");
			assertThat(mine.header("Cache-Control")).isEqualTo("no-store");
			assertThat(mine.header("X-Accel-Buffering")).isEqualTo("no");
			assertThat(next(mine).event()).isEqualTo("ready");
			assertThat(next(clinic).event()).isEqualTo("ready");
			AppointmentBooked booked = booked(PATIENT_ID, DOCTOR_ID);
			AppointmentBooked someoneElses = booked(UUID.randomUUID().toString(), DOCTOR_ID);

			publish(booked);
			publish(someoneElses);
			// the nurse sees the whole clinic: once both reached her stream, the feed has
			// offered both to every stream
			assertThat(List.of(next(clinic), next(clinic))).extracting(SseConnection.Message::data)
				.anySatisfy((data) -> assertThat(data).contains(booked.aggregateId()))
				.anySatisfy((data) -> assertThat(data).contains(someoneElses.aggregateId()));
			publish(AppointmentCancelled.of(booked.aggregateId(), PATIENT_ID, DOCTOR_ID, booked.start(), booked.end(),
					booked.timeZone()));

			SseConnection.Message first = next(mine);
			SseConnection.Message second = next(mine);
			assertThat(first.event()).isEqualTo("appointment.booked");
			assertThat(first.data()).contains("\"appointmentId\":\"" + booked.aggregateId() + "\"")
				.contains("\"patientId\":\"" + PATIENT_ID + "\"")
				.contains("\"status\":\"booked\"")
				.contains("\"start\":\"2026-11-24T08:00:00Z\"")
				.doesNotContain("reason");
			assertThat(second.event()).isEqualTo("appointment.cancelled");
			assertThat(second.data()).contains(booked.aggregateId()).contains("\"status\":\"cancelled\"");
			assertThat(mine.next(QUIET)).isNull();
		}
	}

	@Test
	void aDoctorsStreamCarriesTheirCalendar() throws Exception {
		try (SseConnection calendar = open(doctor, null)) {
			assertThat(next(calendar).event()).isEqualTo("ready");
			AppointmentBooked onAnotherCalendar = booked(PATIENT_ID, UUID.randomUUID().toString());
			AppointmentBooked onTheirs = booked(UUID.randomUUID().toString(), DOCTOR_ID);

			publish(onAnotherCalendar);
			publish(onTheirs);
			publish(AppointmentCheckedIn.of(onTheirs.aggregateId(), onTheirs.patientId(), DOCTOR_ID, onTheirs.start()));

			assertThat(List.of(next(calendar), next(calendar))).extracting(SseConnection.Message::event)
				.containsExactly("appointment.booked", "appointment.checked-in");
			assertThat(calendar.next(QUIET)).isNull();
		}
	}

	@Test
	void aPharmacistHasNoStreamAndNorHasAnyoneWithoutAToken() throws Exception {
		try (SseConnection refused = open(pharmacist, null)) {
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		}
		try (SseConnection anonymous = SseConnection.open(streamUri(), null, null)) {
			assertThat(anonymous.status()).isEqualTo(401);
		}
	}

	@Test
	void aClientThatReconnectsWithItsLastEventIdGetsWhatItMissedOnceInOrderThenLiveEvents() throws Exception {
		AppointmentBooked booked = booked(PATIENT_ID, DOCTOR_ID);
		String movedId = UUID.randomUUID().toString();
		Instant later = NINE.plus(Duration.ofHours(2));
		String lastSeen;
		try (SseConnection before = open(patient, null)) {
			assertThat(next(before).event()).isEqualTo("ready");
			publish(booked);
			SseConnection.Message one = next(before);
			assertThat(one.data()).contains(booked.aggregateId());
			lastSeen = one.id();
		}
		// while away: moved (a new appointment, another key), someone else's, checked in
		publish(AppointmentRescheduled.of(movedId, PATIENT_ID, DOCTOR_ID, later, later.plusSeconds(1800),
				"Europe/Paris", booked.aggregateId(), booked.start(), booked.end()));
		publish(booked(UUID.randomUUID().toString(), DOCTOR_ID));
		publish(AppointmentCheckedIn.of(movedId, PATIENT_ID, DOCTOR_ID, later));

		try (SseConnection after = open(patient, lastSeen)) {
			List<SseConnection.Message> received = new ArrayList<>();
			received.add(next(after));
			received.add(next(after));
			received.add(next(after));
			publish(AppointmentFulfilled.of(movedId, PATIENT_ID, DOCTOR_ID, later));
			received.add(next(after));

			assertThat(received).extracting(SseConnection.Message::event)
				.containsExactly("appointment.rescheduled", "appointment.checked-in", "ready", "appointment.fulfilled");
			assertThat(received.get(0).data()).contains("\"appointmentId\":\"" + movedId + "\"")
				.contains("\"replacesId\":\"" + booked.aggregateId() + "\"");
			assertThat(received).allSatisfy((message) -> assertThat(message.data()).doesNotContain("reason"));
			// each event once, none seen before the disconnect, ids never going back
			// (ready
			// may repeat the last missed event's: where a drop right now would resume)
			assertThat(received).filteredOn((message) -> !"ready".equals(message.event()))
				.extracting(SseConnection.Message::id)
				.doesNotHaveDuplicates()
				.doesNotContain(lastSeen);
			List<StreamPosition> ids = received.stream()
				.map((message) -> StreamPosition.parse(message.id()).orElseThrow())
				.toList();
			for (int i = 1; i < ids.size(); i++) {
				assertThat(ids.get(i).atLeast(ids.get(i - 1))).isEqualTo(ids.get(i));
			}
			assertThat(after.next(QUIET)).isNull();
		}
	}

	@Test
	void aClientResumesOnAnotherReplicaWithItsLastEventIdAsAfterARestart() throws Exception {
		AppointmentBooked booked = booked(PATIENT_ID, DOCTOR_ID);
		String lastSeen;
		try (SseConnection before = open(patient, null)) {
			assertThat(next(before).event()).isEqualTo("ready");
			publish(booked);
			lastSeen = next(before).id();
		}
		// while the client is away its replica goes, and it reconnects to one started
		// since
		publish(AppointmentCheckedIn.of(booked.aggregateId(), PATIENT_ID, DOCTOR_ID, NINE));
		publish(booked(UUID.randomUUID().toString(), DOCTOR_ID));
		try (ConfigurableApplicationContext other = anotherReplica()) {
			int otherPort = other.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			try (SseConnection after = open(URI.create("http://localhost:" + otherPort + "/api/events/stream"), patient,
					lastSeen)) {
				SseConnection.Message missed = next(after);
				assertThat(missed.event()).isEqualTo("appointment.checked-in");
				assertThat(missed.data()).contains(booked.aggregateId());
				assertThat(next(after).event()).isEqualTo("ready");
				publish(AppointmentFulfilled.of(booked.aggregateId(), PATIENT_ID, DOCTOR_ID, NINE));
				assertThat(next(after).event()).isEqualTo("appointment.fulfilled");
				assertThat(after.next(QUIET)).isNull();
			}
		}
	}

	/**
	 * A second notification-service on the same infrastructure, as a replica started
	 * later.
	 */
	private static ConfigurableApplicationContext anotherReplica() {
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=0", "--spring.kafka.listener.auto-startup=false"));
		// as arguments: they win over application.yml, as the registry's properties do
		infrastructure((name, value) -> arguments.add("--" + name + "=" + value.get()));
		return new SpringApplicationBuilder(NotificationApplication.class).run(arguments.toArray(String[]::new));
	}

	/**
	 * Garbage, a partition the topic does not have, offsets past the log's end (another
	 * cluster's id): the client reloads and goes on live.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "not-a-position", "0-0.1-0.2-0.7-0", "0-99999999.1-99999999.2-99999999" })
	void aLastEventIdThatIsNoPositionOfThisTopicIsToldToReloadThenGoesOnLive(String lastEventId) throws Exception {
		try (SseConnection stream = open(patient, lastEventId)) {
			assertReloadThenLive(stream, "unknown-position");
		}
	}

	@Test
	void aClientThatMissedMoreThanACatchUpMayReadIsToldToReloadThenGoesOnLive() throws Exception {
		String lastSeen;
		try (SseConnection before = open(patient, null)) {
			lastSeen = next(before).id();
		}
		// more records than careflow.live.max-replay (50) while away, none of them theirs
		for (int other = 0; other < 51; other++) {
			AppointmentBooked someoneElses = booked(UUID.randomUUID().toString(), DOCTOR_ID);
			producer.send(new ProducerRecord<>(Topics.APPOINTMENTS, someoneElses.aggregateId(),
					EventJson.write(someoneElses)));
		}
		producer.flush();

		try (SseConnection after = open(patient, lastSeen)) {
			assertReloadThenLive(after, "too-far-behind");
		}
	}

	private static void assertReloadThenLive(SseConnection stream, String reason) throws Exception {
		SseConnection.Message reload = next(stream);
		assertThat(reload.event()).isEqualTo("reload");
		assertThat(reload.id()).isNull();
		assertThat(reload.data()).isEqualTo("{\"reason\":\"" + reason + "\"}");
		SseConnection.Message ready = next(stream);
		assertThat(ready.event()).isEqualTo("ready");
		assertThat(StreamPosition.parse(ready.id())).isPresent();
		AppointmentBooked booked = booked(PATIENT_ID, DOCTOR_ID);

		publish(booked);

		SseConnection.Message live = next(stream);
		assertThat(live.event()).isEqualTo("appointment.booked");
		assertThat(live.data()).contains(booked.aggregateId());
	}

	@Test
	void anIdleStreamGetsAHeartbeat() throws Exception {
		try (SseConnection stream = open(doctor, null)) {
			assertThat(next(stream).event()).isEqualTo("ready");

			await().atMost(PATIENCE).until(() -> stream.comments.contains("heartbeat"));
		}
	}

	@Test
	void aUserWithAsManyStreamsAsAllowedIsToldToRetryLater() throws Exception {
		try (SseConnection one = open(admin, null);
				SseConnection two = open(admin, null);
				SseConnection three = open(admin, null);
				SseConnection tooMany = SseConnection.open(streamUri(), admin, null)) {
			assertThat(tooMany.status()).isEqualTo(429);
			assertThat(tooMany.header("Retry-After")).isEqualTo("30");
			assertThat(tooMany.header("Content-Type")).startsWith("application/problem+json");
			assertThat(tooMany.body()).contains("Too many streams");
		}
	}

	private SseConnection open(String token, String lastEventId) throws Exception {
		return open(streamUri(), token, lastEventId);
	}

	/** Opens a stream, waiting while the replica's feed is still finding its place. */
	private static SseConnection open(URI stream, String token, String lastEventId) throws Exception {
		SseConnection[] opened = new SseConnection[1];
		await().atMost(PATIENCE).until(() -> {
			SseConnection connection = SseConnection.open(stream, token, lastEventId);
			if (connection.status() == 503) {
				connection.close();
				return false;
			}
			opened[0] = connection;
			return true;
		});
		return opened[0];
	}

	private URI streamUri() {
		return URI.create("http://localhost:" + this.port + "/api/events/stream");
	}

	private static SseConnection.Message next(SseConnection connection) throws InterruptedException {
		SseConnection.Message message = connection.next(PATIENCE);
		assertThat(message).as("a message within " + PATIENCE).isNotNull();
		return message;
	}

	private static AppointmentBooked booked(String patientId, String doctorId) {
		return AppointmentBooked.of(UUID.randomUUID().toString(), patientId, doctorId, NINE, NINE.plusSeconds(1800),
				"Europe/Paris");
	}

	/** As appointment-service's outbox does: keyed by the appointment, as JSON. */
	private static void publish(CareFlowEvent event) throws Exception {
		producer.send(new ProducerRecord<>(Topics.APPOINTMENTS, event.aggregateId(), EventJson.write(event))).get();
	}

	private static String token(String user) {
		return TestInfrastructure.keycloak().accessToken(user, "careflow-demo");
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
