package org.careflow.appointment.it;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careflow.events.Topics;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole appointment journeys on real MongoDB-protocol storage, Kafka and Keycloak tokens,
 * with a small real HTTP server answering for the scheduling service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AppointmentJourneyIT {

	static final String HOUSE = "00000000-0000-4000-8000-000000000002";

	static final String PATIENT_ID = "00000000-0000-4000-8000-000000000006";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static FakeScheduling scheduling;

	static String patient;

	static String doctor;

	static String otherDoctor;

	static String nurse;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	ApiClient api;

	final LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(5);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
		TestInfrastructure.register(registry, "careflow-appointments-journey-it");
		scheduling = new FakeScheduling();
		registry.add("careflow.scheduling.url", scheduling::url);
	}

	@BeforeAll
	static void tokens() {
		patient = token("patient@careflow.local");
		doctor = token("doctor@careflow.local");
		otherDoctor = token("doctor2@careflow.local");
		nurse = token("nurse@careflow.local");
	}

	@AfterAll
	static void stopScheduling() {
		scheduling.close();
	}

	static String token(String user) {
		return TestInfrastructure.keycloak().accessToken(user, "careflow");
	}

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	Instant at(String time) {
		return Instant.parse(this.day + "T" + time + ":00Z");
	}

	ApiClient.Response book(Instant start) {
		return this.api.call(HttpMethod.POST, "/api/appointments", patient,
				Map.of("doctorId", HOUSE, "start", start.toString(), "reason", "Persistent cough"));
	}

	String bookedId(Instant start) {
		ApiClient.Response booked = book(start);
		assertThat(booked.status()).isEqualTo(201);
		return booked.body().get("id").asString();
	}

	ApiClient.Response visit(String id, String token, Map<String, Object> body) {
		return this.api.call(HttpMethod.PUT, "/api/appointments/" + id + "/visit", token, body);
	}

	ApiClient.Response cancel(String id, String token) {
		return this.api.call(HttpMethod.POST, "/api/appointments/" + id + "/cancel", token,
				Map.of("reason", "Feeling better"));
	}

	@Test
	void aPatientBooksAFreeSlotAndTheBookingIsPublished() {
		ApiClient.Response booked = book(at("09:00"));

		assertThat(booked.status()).isEqualTo(201);
		JsonNode body = booked.body();
		String id = body.get("id").asString();
		assertThat(booked.location()).isEqualTo("/api/appointments/" + id);
		assertThat(body.get("patientId").asString()).isEqualTo(PATIENT_ID);
		assertThat(body.get("status").asString()).isEqualTo("BOOKED");
		assertThat(body.get("end").asString()).isEqualTo(at("09:30").toString());
		assertThat(body.get("timeZone").asString()).isEqualTo("Europe/Paris");
		assertThat(scheduling.authorizations()).last().isEqualTo("Bearer " + patient);

		assertThat(this.api.get("/api/appointments/" + id, patient).status()).isEqualTo(200);
		assertThat(ids(this.api.get("/api/appointments", patient))).contains(id);
		assertThat(ids(this.api.get("/api/appointments", doctor))).contains(id);

		JsonNode event = awaitEvent("appointment.booked", id);
		assertThat(event.get("start").asString()).isEqualTo(at("09:00").toString());
		assertThat(event.get("patientId").asString()).isEqualTo(PATIENT_ID);
	}

	@Test
	void anActiveAppointmentHoldsItsSlotEvenIfSchedulingLetItGo() {
		bookedId(at("10:00"));

		// the fake scheduling service claims anything; the unique slot index still
		// refuses
		ApiClient.Response second = book(at("10:00"));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body().get("title").asString()).isEqualTo("Slot already taken");
	}

	@Test
	void schedulingsRefusalsReachThePatient() {
		ApiClient.Response taken = book(at("13:00"));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.body().get("title").asString()).isEqualTo("Slot already taken");

		ApiClient.Response offGrid = book(at("09:15"));
		assertThat(offGrid.status()).isEqualTo(422);
		assertThat(offGrid.body().get("detail").asString()).contains("No slot of this doctor");
	}

	@Test
	void othersDoNotLearnTheAppointmentExists() {
		String id = bookedId(at("11:00"));

		assertThat(this.api.get("/api/appointments/" + id, otherDoctor).status()).isEqualTo(404);
		assertThat(this.api.get("/api/appointments/" + id, nurse).status()).isEqualTo(404);
		assertThat(ids(this.api.get("/api/appointments", otherDoctor))).doesNotContain(id);
		assertThat(this.api.get("/api/appointments", nurse).status()).isEqualTo(403);
		assertThat(cancel(id, otherDoctor).status()).isEqualTo(404);
		assertThat(cancel(id, nurse).status()).isEqualTo(403);
	}

	@Test
	void aNurseRecordsVitalsAndTheDoctorAddsNotes() {
		String id = bookedId(at("14:00"));

		ApiClient.Response vitals = visit(id, nurse, Map.of("systolic", 128, "diastolic", 82, "pulse", 72));
		assertThat(vitals.status()).isEqualTo(200);
		assertThat(vitals.body().get("visit").get("systolic").asInt()).isEqualTo(128);

		assertThat(visit(id, nurse, Map.of("notes", "Looks fine")).status()).isEqualTo(403);
		assertThat(visit(id, otherDoctor, Map.of("pulse", 70)).status()).isEqualTo(404);
		assertThat(visit(id, patient, Map.of("pulse", 70)).status()).isEqualTo(403);

		ApiClient.Response notes = visit(id, doctor, Map.of("oxygenSaturation", 97, "notes", "Mild bronchitis"));
		assertThat(notes.status()).isEqualTo(200);
		JsonNode recorded = notes.body().get("visit");
		assertThat(recorded.get("systolic").asInt()).isEqualTo(128);
		assertThat(recorded.get("oxygenSaturation").asInt()).isEqualTo(97);
		assertThat(recorded.get("notes").asString()).isEqualTo("Mild bronchitis");
		assertThat(recorded.get("recordedBy").asString()).isEqualTo(HOUSE);
		assertThat(this.api.get("/api/appointments/" + id, patient).body().get("visit").get("notes").asString())
			.isEqualTo("Mild bronchitis");

		JsonNode event = awaitEvent("visit.updated", id);
		assertThat(event.has("notes")).isFalse();
		assertThat(event.has("systolic")).isFalse();
		assertThat(cancel(id, patient).status()).as("a visit that took place cannot be cancelled").isEqualTo(422);
	}

	@Test
	void aCancelledAppointmentFreesItsSlotAndAcceptsNoMoreChanges() {
		String id = bookedId(at("15:00"));

		ApiClient.Response cancelled = cancel(id, patient);

		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
		List<String> history = new ArrayList<>();
		cancelled.body().get("history").forEach(step -> history.add(step.get("status").asString()));
		assertThat(history).containsExactly("BOOKED", "CANCELLED");
		assertThat(cancel(id, patient).status()).isEqualTo(409);
		assertThat(visit(id, doctor, Map.of("pulse", 70)).status()).isEqualTo(422);
		assertThat(awaitEvent("appointment.cancelled", id).get("reason").asString()).isEqualTo("Feeling better");

		assertThat(book(at("15:00")).status()).isEqualTo(201);
	}

	@Test
	void theRelayEmptiesTheOutboxOnceEventsArePublished() throws InterruptedException {
		String id = bookedId(at("16:00"));
		awaitEvent("appointment.booked", id);

		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (pendingEvents(id) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(pendingEvents(id)).isZero();
	}

	int pendingEvents(String id) {
		org.bson.Document stored = this.mongo.getCollection("appointments")
			.find(new org.bson.Document("_id", id))
			.first();
		assertThat(stored).isNotNull();
		return stored.getList("pendingEvents", Object.class, List.of()).size();
	}

	static List<String> ids(ApiClient.Response list) {
		assertThat(list.status()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.body().forEach(appointment -> ids.add(appointment.get("id").asString()));
		return ids;
	}

	/** Reads the appointments topic from the start until the event shows up. */
	static JsonNode awaitEvent(String type, String appointmentId) {
		ConsumerRecord<String, String> record = KafkaRecords.awaitFirst(TestInfrastructure.kafka().bootstrapServers(),
				Topics.APPOINTMENTS, (candidate) -> type.equals(JSON.readTree(candidate.value()).get("type").asString())
						&& appointmentId.equals(candidate.key()),
				Duration.ofSeconds(20));
		return JSON.readTree(record.value());
	}

}
