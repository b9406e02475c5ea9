package org.careflow.appointment.it;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.Topics;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.ApiClient;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on real MongoDB-protocol storage, Kafka and Keycloak (real tokens, its own
 * client's service token), with {@link FakeScheduling} answering claims. Every subclass
 * shares this one started service; each test starts with no appointments, so the limit on
 * a patient's upcoming appointments counts only that test's bookings.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// the tests book days ahead, then check the patient in to record the visit
		properties = "careflow.lifecycle.check-in-opens-before=30d")
abstract class AgainstFakeScheduling {

	static final String HOUSE = "00000000-0000-4000-8000-000000000002";

	static final String PATIENT_ID = "00000000-0000-4000-8000-000000000006";

	static final String NURSE_ID = "00000000-0000-4000-8000-000000000004";

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

	/** Five days ahead: every test books on this day, at its own hours. */
	final LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(5);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
		TestInfrastructure.register(registry, "careflow-appointments-it");
		TestInfrastructure.registerClient(registry, "appointment-service");
		TestInfrastructure.registerLinkSigning(registry);
		scheduling = FakeScheduling.shared();
		registry.add("careflow.scheduling.url", scheduling::url);
	}

	@BeforeAll
	static void tokens() {
		patient = token("patient@careflow.local");
		doctor = token("doctor@careflow.local");
		otherDoctor = token("doctor2@careflow.local");
		nurse = token("nurse@careflow.local");
	}

	static String token(String user) {
		return TestInfrastructure.keycloak().accessToken(user, "careflow-demo");
	}

	@BeforeEach
	void freshStart() {
		this.api = new ApiClient(this.port);
		this.mongo.getCollection("appointments").deleteMany(new Document());
		// the patients' lists of upcoming appointments go with them
		this.mongo.getCollection("patient_upcoming").deleteMany(new Document());
		this.mongo.getCollection("booking_leases").deleteMany(new Document());
		// nothing of another test's waitlist, reschedules or keys reacts to this one's
		this.mongo.getCollection("waitlist").deleteMany(new Document());
		this.mongo.getCollection("reschedules_in_flight").deleteMany(new Document());
		this.mongo.getCollection("idempotency_keys").deleteMany(new Document());
		scheduling.reset();
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
		assertThat(booked.status()).as("booking at %s: %s", start, booked.body()).isEqualTo(201);
		return booked.body().get("id").asString();
	}

	ApiClient.Response visit(String id, String token, Map<String, Object> body) {
		return this.api.call(HttpMethod.PUT, "/api/appointments/" + id + "/visit", token, body);
	}

	ApiClient.Response checkIn(String id, String token) {
		return this.api.call(HttpMethod.POST, "/api/appointments/" + id + "/check-in", token, null);
	}

	ApiClient.Response cancel(String id, String token) {
		return this.api.call(HttpMethod.POST, "/api/appointments/" + id + "/cancel", token,
				Map.of("reason", "Feeling better"));
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

	/** Publishes an event as the service that owns it would. */
	static void publish(String topic, CareFlowEvent event) throws Exception {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
			producer.send(new ProducerRecord<>(topic, event.aggregateId(), EventJson.write(event))).get();
		}
	}

}
