package org.careflow.notification.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.Topics;
import org.careflow.events.VisitUpdated;
import org.careflow.notification.webhooks.LoopbackReceiver.Received;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks on real infrastructure: appointment events come through a real Kafka broker,
 * subscriptions and deliveries live in a MongoDB server, and an HTTP receiver on loopback
 * checks what arrives — signed, in order per appointment, and all of it after an outage.
 */
@SpringBootTest
class WebhooksIT {

	private static final Duration PATIENCE = Duration.ofSeconds(40);

	private static final String SECRET = "webhooks-it-secret-of-at-least-32-characters";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static KafkaProducer<String, String> producer;

	@Autowired
	private Webhooks webhooks;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongo().uri("careflow-notifications-webhooks-it"));
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
		TestInfrastructure.registerSmtp(registry);
		TestInfrastructure.registerLinkSigning(registry);
		registry.add("careflow.public.url", () -> "https://careflow.test");
		// a group of this test's own: another test's context must not take its partitions
		registry.add("careflow.webhooks.group-id", () -> "webhooks-it-" + UUID.randomUUID());
		registry.add("careflow.webhooks.allow-loopback", () -> "true");
		registry.add("careflow.webhooks.sweep-every", () -> "200ms");
		registry.add("careflow.webhooks.first-retry-after", () -> "1s");
		registry.add("careflow.webhooks.max-attempts", () -> "4");
		registry.add("careflow.kafka.retry.initial-interval", () -> "200ms");
		registry.add("careflow.kafka.retry.max-elapsed", () -> "2s");
	}

	@BeforeAll
	static void connectProducer() {
		producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
	}

	@AfterAll
	static void closeProducer() {
		producer.close();
	}

	@Test
	void eachWantedEventArrivesSignedInOrderWithIdsAndTimesOnly() throws Exception {
		try (LoopbackReceiver receiver = LoopbackReceiver.started()) {
			this.webhooks.subscribe(receiver.url(), List.of("appointment.booked", "appointment.cancelled"), SECRET);
			String appointment = "wh-" + UUID.randomUUID();
			AppointmentBooked booked = booked(appointment);
			publish(booked);
			// not subscribed to, and it is about a visit's notes and vitals
			publish(new VisitUpdated(UUID.randomUUID(), appointment, Instant.now(), 1, "patient-1", "doctor-1"));
			publish(cancelled(appointment));

			List<Received> arrived = await().atMost(PATIENCE)
				.until(() -> of(receiver, appointment), (list) -> list.size() == 2);

			assertThat(arrived).extracting((r) -> r.headers().get("CareFlow-Event-Type"))
				.containsExactly("appointment.booked", "appointment.cancelled");
			Received first = arrived.get(0);
			assertThat(first.headers().get("CareFlow-Event-Id")).isEqualTo(booked.eventId().toString());
			assertSignedWith(SECRET, first);
			JsonNode body = JSON.readTree(first.body());
			assertThat(body.get("id").asString()).isEqualTo(booked.eventId().toString());
			assertThat(body.get("data").get("appointmentId").asString()).isEqualTo(appointment);
			assertThat(body.get("data").get("status").asString()).isEqualTo("booked");
			assertThat(body.get("data").propertyNames()).containsOnly("type", "appointmentId", "patientId", "doctorId",
					"status", "start", "end", "occurredAt");
		}
	}

	@Test
	void whatHappensWhileTheReceiverIsDownArrivesOnceItIsBackInOrder() throws Exception {
		try (LoopbackReceiver receiver = LoopbackReceiver.started()) {
			SubscriptionView subscription = this.webhooks.subscribe(receiver.url(),
					List.of("appointment.booked", "appointment.cancelled"), SECRET);
			receiver.stop();
			String first = "wh-" + UUID.randomUUID();
			String second = "wh-" + UUID.randomUUID();
			publish(booked(first));
			publish(cancelled(first));
			publish(booked(second));

			await().atMost(PATIENCE)
				.until(() -> this.webhooks.deliveries(subscription.id(), 0, 100),
						(log) -> log.stream().anyMatch((attempt) -> attempt.outcome().equals("failed")));
			receiver.start();

			await().atMost(PATIENCE).until(() -> of(receiver, first).size() == 2 && of(receiver, second).size() == 1);
			assertThat(of(receiver, first)).extracting((r) -> r.headers().get("CareFlow-Event-Type"))
				.containsExactly("appointment.booked", "appointment.cancelled");
			assertThat(this.webhooks.get(subscription.id()).status()).isEqualTo("active");
			assertThat(this.webhooks.deliveries(subscription.id(), 0, 100))
				.anySatisfy((attempt) -> assertThat(attempt.outcome()).isEqualTo("delivered"))
				.anySatisfy((attempt) -> assertThat(attempt.error()).startsWith("connection failed"));
		}
	}

	@Test
	void aSubscriptionThatKeepsFailingIsDisabledAndEnablingItDeliversWhatWaited() throws Exception {
		try (LoopbackReceiver receiver = LoopbackReceiver.onFreePort()) {
			SubscriptionView subscription = this.webhooks.subscribe(receiver.url(), List.of("appointment.booked"),
					SECRET);
			String appointment = "wh-" + UUID.randomUUID();
			publish(booked(appointment));

			SubscriptionView disabled = await().atMost(PATIENCE)
				.until(() -> this.webhooks.get(subscription.id()), (view) -> view.status().equals("disabled"));
			assertThat(disabled.disabledReason()).contains("4 attempts").contains("connection failed");
			assertThat(disabled.pending()).isEqualTo(1);

			receiver.start();
			this.webhooks.enable(subscription.id());

			await().atMost(PATIENCE).until(() -> of(receiver, appointment).size() == 1);
			assertThat(this.webhooks.get(subscription.id()).pending()).isZero();
		}
	}

	private static void assertSignedWith(String secret, Received received) {
		String header = received.headers().get("CareFlow-Signature");
		String time = header.substring(2, header.indexOf(','));
		assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(time))).isLessThan(60);
		assertThat(header).endsWith(",v1=" + WebhookSignature.hmac(secret, time + "." + received.body()));
	}

	/** What reached the receiver about one appointment, in arrival order. */
	private static List<Received> of(LoopbackReceiver receiver, String appointment) {
		return receiver.received().stream().filter((r) -> r.body().contains("\"" + appointment + "\"")).toList();
	}

	private static AppointmentBooked booked(String appointment) {
		Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		return new AppointmentBooked(UUID.randomUUID(), appointment, Instant.now(), 1, "patient-1", "doctor-1", start,
				start.plus(30, ChronoUnit.MINUTES), "Europe/Paris", null);
	}

	private static AppointmentCancelled cancelled(String appointment) {
		Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		return new AppointmentCancelled(UUID.randomUUID(), appointment, Instant.now(), 1, "patient-1", "doctor-1",
				start, start.plus(30, ChronoUnit.MINUTES), "Europe/Paris");
	}

	private static void publish(CareFlowEvent event) throws Exception {
		producer.send(new ProducerRecord<>(Topics.APPOINTMENTS, event.aggregateId(), EventJson.write(event))).get();
	}

}
