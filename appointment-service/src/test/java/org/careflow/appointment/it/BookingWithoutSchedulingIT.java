package org.careflow.appointment.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careflow.appointment.booking.StoredDirectly;
import org.careflow.events.Topics;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.appointment.domain.AppointmentTestData.booked;

/**
 * The appointment service with the scheduling service stopped (its URL points at a closed
 * port): bookings fail fast and cleanly, and everything that needs no slot still works —
 * cancelling too, whose event frees the slot once scheduling is back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BookingWithoutSchedulingIT {

	static final String HOUSE = "00000000-0000-4000-8000-000000000002";

	/** The demo patient's id (the subject of their token). */
	static final String PATIENT_ID = "00000000-0000-4000-8000-000000000006";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static String patient;

	static String doctor;

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
		TestInfrastructure.register(registry, "careflow-appointments-no-scheduling-it");
		TestInfrastructure.registerClient(registry, "appointment-service");
		TestInfrastructure.registerLinkSigning(registry);
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String url = "http://127.0.0.1:" + closed;
		registry.add("careflow.scheduling.url", () -> url);
	}

	@BeforeAll
	static void tokens() {
		patient = TestInfrastructure.keycloak().accessToken("patient@careflow.local", "careflow-demo");
		doctor = TestInfrastructure.keycloak().accessToken("doctor@careflow.local", "careflow-demo");
	}

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	Map<String, Object> booking(Instant start) {
		return Map.of("doctorId", HOUSE, "start", start.toString(), "reason", "Persistent cough");
	}

	@Test
	void bookingWhileSchedulingIsDownAnswers503WithinTwoSecondsAndStoresNothing() {
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
		ApiClient.Response last = null;
		for (int attempt = 0; attempt < 6; attempt++) {
			long began = System.nanoTime();
			ApiClient.Response answer = this.api.call(HttpMethod.POST, "/api/appointments", patient, booking(tomorrow));
			Duration took = Duration.ofNanos(System.nanoTime() - began);

			assertThat(answer.status()).isEqualTo(503);
			assertThat(answer.body().get("title").asString()).isEqualTo("Scheduling unavailable");
			assertThat(took).isLessThan(Duration.ofSeconds(2));
			last = answer;
		}
		// after repeated failures the circuit breaker answers without trying
		assertThat(last.body().get("detail").asString()).contains("paused");
		assertThat(this.mongo.getCollection("appointments").countDocuments()).isZero();
		ApiClient.Response mine = this.api.get("/api/appointments", patient);
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).isEmpty();
	}

	/**
	 * The first cancellations try scheduling (refused connections) until the breaker
	 * opens, the later ones meet the open breaker: either way the answer is quick.
	 */
	@Test
	void cancellingWhileSchedulingIsDownAnswers200WithinTwoSecondsAndPublishesTheEvent() {
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String id = UUID.randomUUID().toString();
			StoredDirectly.insert(this.context,
					booked().id(id).of(PATIENT_ID).at(tomorrow.plus(Duration.ofMinutes(30L * i))).build());
			long began = System.nanoTime();
			ApiClient.Response answer = this.api.call(HttpMethod.POST, "/api/appointments/" + id + "/cancel", patient,
					Map.of("reason", "Feeling better"));
			Duration took = Duration.ofNanos(System.nanoTime() - began);

			assertThat(answer.status()).as("cancellation %d: %s", i, answer.body()).isEqualTo(200);
			assertThat(answer.body().get("status").asString()).isEqualTo("cancelled");
			assertThat(took).isLessThan(Duration.ofSeconds(2));
			ids.add(id);
		}
		for (String id : ids) {
			assertThat(this.api.get("/api/appointments/" + id, patient).body().get("status").asString())
				.isEqualTo("cancelled");
			// the event frees the slot at scheduling once it is back
			KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(), Topics.APPOINTMENTS,
					(record) -> id.equals(record.key())
							&& "appointment.cancelled".equals(JSON.readTree(record.value()).get("type").asString()),
					Duration.ofSeconds(20));
		}
	}

	@Test
	void aBookingWithoutDoctorOrStartIsRejectedNamingBoth() {
		ApiClient.Response answer = this.api.call(HttpMethod.POST, "/api/appointments", patient, Map.of("reason", "x"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(fields(answer)).containsExactly("doctorId", "start");
	}

	@Test
	void aStartInThePastIsRefusedBeforeSchedulingIsAsked() {
		ApiClient.Response answer = this.api.call(HttpMethod.POST, "/api/appointments", patient,
				booking(Instant.now().minus(Duration.ofHours(1))));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.body().get("detail").asString()).contains("past");
	}

	@Test
	void onlyPatientsBookAndEveryoneNeedsAToken() {
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
		assertThat(this.api.call(HttpMethod.POST, "/api/appointments", doctor, booking(tomorrow)).status())
			.isEqualTo(403);
		assertThat(this.api.call(HttpMethod.POST, "/api/appointments", null, booking(tomorrow)).status())
			.isEqualTo(401);
	}

	@Test
	void implausibleVitalsAreRejectedNamingTheFields() {
		ApiClient.Response ranges = this.api.call(HttpMethod.PUT, "/api/appointments/any/visit", doctor,
				Map.of("systolic", 300, "diastolic", 20, "pulse", 10, "oxygenSaturation", 101));
		assertThat(ranges.status()).isEqualTo(400);
		assertThat(fields(ranges)).containsExactlyInAnyOrder("diastolic", "oxygenSaturation", "pulse", "systolic");

		ApiClient.Response inverted = this.api.call(HttpMethod.PUT, "/api/appointments/any/visit", doctor,
				Map.of("systolic", 80, "diastolic", 90));
		assertThat(inverted.status()).isEqualTo(400);
		assertThat(fields(inverted)).containsExactly("systolic");

		ApiClient.Response longNotes = this.api.call(HttpMethod.PUT, "/api/appointments/any/visit", doctor,
				Map.of("notes", "x".repeat(4001)));
		assertThat(longNotes.status()).isEqualTo(400);
		assertThat(fields(longNotes)).containsExactly("notes");
	}

	@Test
	void theServiceStaysReadyAndObservableWhileSchedulingIsDown() {
		ApiClient.Response readiness = this.api.get("/readyz", null);
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.body().get("status").asString()).isEqualTo("UP");
		assertThat(this.api.get("/livez", null).status()).isEqualTo(200);
	}

	@Test
	void theActuatorAnswersOnTheManagementPortOnly() {
		ApiClient management = new ApiClient(this.managementPort);

		assertThat(management.get("/actuator/health/readiness", null).status()).isEqualTo(200);
		assertThat(management.get("/actuator/prometheus", null).status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/prometheus", null).status()).isEqualTo(404);
	}

	@Test
	void anUnknownAppointmentIsNotFound() {
		assertThat(this.api.get("/api/appointments/unknown", patient).status()).isEqualTo(404);
		ApiClient.Response visit = this.api.call(HttpMethod.PUT, "/api/appointments/unknown/visit", doctor,
				Map.of("pulse", 70));
		assertThat(visit.status()).isEqualTo(404);
	}

	static List<String> fields(ApiClient.Response problem) {
		List<String> fields = new ArrayList<>();
		problem.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

}
