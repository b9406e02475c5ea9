package org.careflow.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.careflow.events.AppointmentBooked;
import org.careflow.events.CareFlowEvent;
import org.careflow.events.PatientRegistered;
import org.careflow.events.Topics;
import org.careflow.localstack.EmbeddedSmtp;
import org.careflow.localstack.ReceivedMail;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server away for a minute while a hundred bookings wait for their emails: every
 * one arrives once it is back, none twice, none on the dead-letter topic. The service
 * runs against an SMTP server of this test's own, which it stops and starts again on the
 * same port, and reads in a consumer group of its own from the newest records.
 */
@SpringBootTest(properties = { "spring.kafka.consumer.group-id=notification-smtp-outage-it",
		"spring.kafka.consumer.auto-offset-reset=latest", "careflow.kafka.retry.max-elapsed=2s",
		"careflow.kafka.retry.max-interval=2s" })
class SmtpOutageIT {

	private static final int BOOKINGS = 100;

	private static final Duration OUTAGE = Duration.ofSeconds(60);

	private static final Instant NINE_IN_PARIS = Instant.parse("2026-11-24T08:00:00Z");

	private static final int SMTP_PORT = freePort();

	private static EmbeddedSmtp smtp = EmbeddedSmtp.start(SMTP_PORT, 0);

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongo().uri("careflow-notifications-outage-it"));
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		TestInfrastructure.registerLinkSigning(registry);
	}

	@AfterAll
	static void stopSmtp() {
		smtp.close();
	}

	@Test
	void aHundredEmailsDueWhileTheSmtpServerIsDownForAMinuteAllArriveOnceWhenItIsBack() throws Exception {
		awaitPartitionsAssigned();
		List<String> emails = new ArrayList<>();
		List<CareFlowEvent> bookings = new ArrayList<>();
		try (KafkaProducer<String, String> producer = producer()) {
			List<Future<RecordMetadata>> sent = new ArrayList<>();
			for (int i = 0; i < BOOKINGS; i++) {
				String patientId = UUID.randomUUID().toString();
				String email = "outage-" + patientId + "@example.org";
				emails.add(email);
				sent.add(publish(producer, Topics.PATIENTS, PatientRegistered.of(patientId, email, "Olive", "Tage")));
				bookings.add(AppointmentBooked.of(UUID.randomUUID().toString(), patientId, UUID.randomUUID().toString(),
						NINE_IN_PARIS, NINE_IN_PARIS.plusSeconds(1800), "Europe/Paris"));
			}
			for (Future<RecordMetadata> each : sent) {
				each.get();
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> count(emails, "Welcome to CareFlow") == BOOKINGS);

			smtp.close();
			Instant down = Instant.now();
			for (CareFlowEvent booking : bookings) {
				publish(producer, Topics.APPOINTMENTS, booking).get();
			}
			Thread.sleep(Duration.between(Instant.now(), down.plus(OUTAGE)));
			smtp = EmbeddedSmtp.start(SMTP_PORT, 0);
		}

		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> count(emails, "Your appointment is booked") >= BOOKINGS);
		Thread.sleep(Duration.ofSeconds(3));
		for (String email : emails) {
			assertThat(smtp.messagesTo(email)).as(email)
				.extracting(ReceivedMail::subject)
				.containsExactly("Your appointment is booked");
		}
	}

	private long count(List<String> addresses, String subject) {
		return addresses.stream()
			.flatMap((address) -> smtp.messagesTo(address).stream())
			.filter((mail) -> mail.subject().equals(subject))
			.count();
	}

	/** Reading from the newest records: publish only once this group reads. */
	private void awaitPartitionsAssigned() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.listeners.getListenerContainers()
				.stream()
				.allMatch((container) -> container.getAssignedPartitions() != null
						&& !container.getAssignedPartitions().isEmpty()));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static KafkaProducer<String, String> producer() {
		return new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()),
				new StringSerializer(), new StringSerializer());
	}

	private static Future<RecordMetadata> publish(KafkaProducer<String, String> producer, String topic,
			CareFlowEvent event) {
		return producer.send(new ProducerRecord<>(topic, event.aggregateId(), EventJson.write(event)));
	}

}
