package org.careflow.systemtest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.careflow.localstack.ReceivedMail;
import org.careflow.localstack.ServiceReplica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders from notification-service scaled out and stopped as an operator would: with
 * two replicas sweeping, a reminder goes out once; with every replica down when it falls
 * due, it goes out once after the restart.
 * <p>
 * No test can wait a day, so the booking is an {@code appointment.booked} event the test
 * publishes on the stack's broker for an appointment a day and a few seconds ahead (the
 * default lead time is 24 h): the replicas read it as they read appointment-service's.
 * The stack sweeps every two seconds ({@link SystemStack#FAST_LIFECYCLE}); a reminder is
 * looked at in the first whole minute after it is due, so each waits up to a minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationReplicasIT {

	private static final String NOTIFICATION_SERVICE = "notification-service";

	private static final String REMINDER = "Reminder: your appointment";

	private static final String BOOKED = "Your appointment is booked";

	private static final Duration LEAD = Duration.ofHours(24);

	private final SystemStack stack = SystemStack.get();

	private final Clinic clinic = this.stack.clinic();

	private ServiceReplica replica;

	@AfterAll
	void stopTheReplica() {
		if (this.replica != null) {
			this.replica.stop();
		}
	}

	@Test
	@Order(1)
	void withTwoReplicasSweepingAReminderIsSentOnce() {
		this.replica = this.stack.stack().startReplica(NOTIFICATION_SERVICE, Map.of());
		Person patient = this.clinic.registerPatient();
		String appointment = UUID.randomUUID().toString();

		publishBooking(appointment, patient, Instant.now().plus(LEAD).plusSeconds(10));

		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> !remindersOf(patient, appointment).isEmpty());
		// both replicas look every two seconds: give the other a few more looks
		sleep(Duration.ofSeconds(6));
		assertThat(remindersOf(patient, appointment)).hasSize(1);
	}

	@Test
	@Order(2)
	void aReminderDueWhileEveryReplicaIsDownIsSentOnceAfterTheRestart() {
		Person patient = this.clinic.registerPatient();
		String appointment = UUID.randomUUID().toString();
		Instant due = Instant.now().plusSeconds(15);

		publishBooking(appointment, patient, due.plus(LEAD));
		// the booking's own email goes out after its reminder is planned
		await().atMost(Duration.ofSeconds(30)).until(() -> !mailsOf(patient, appointment, BOOKED).isEmpty());
		this.replica.stop();
		this.stack.stopService(NOTIFICATION_SERVICE);
		sleepUntil(due.plusSeconds(5));
		assertThat(remindersOf(patient, appointment)).as("sent although every replica was down").isEmpty();

		this.stack.startService(NOTIFICATION_SERVICE);

		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> !remindersOf(patient, appointment).isEmpty());
		sleep(Duration.ofSeconds(6));
		assertThat(remindersOf(patient, appointment)).hasSize(1);
		assertThat(Instant.now()).isAfter(due);
	}

	/**
	 * The booking as appointment-service publishes it (see event-contracts/EVENTS.md).
	 */
	private void publishBooking(String appointmentId, Person patient, Instant start) {
		Instant at = start.truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", "appointment.booked");
		event.put("eventId", UUID.randomUUID().toString());
		event.put("aggregateId", appointmentId);
		event.put("occurredAt", Instant.now().toString());
		event.put("schemaVersion", 1);
		event.put("patientId", patient.id());
		event.put("doctorId", UUID.randomUUID().toString());
		event.put("start", at.toString());
		event.put("end", at.plus(Duration.ofMinutes(30)).toString());
		event.put("timeZone", "Europe/Paris");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.stack.stack().kafkaBootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			producer
				.send(new ProducerRecord<>("careflow.appointments", appointmentId, Api.JSON.writeValueAsString(event)));
		}
	}

	private List<ReceivedMail> remindersOf(Person patient, String appointmentId) {
		return mailsOf(patient, appointmentId, REMINDER);
	}

	private List<ReceivedMail> mailsOf(Person patient, String appointmentId, String subject) {
		return this.stack.stack()
			.smtp()
			.messagesTo(patient.email())
			.stream()
			.filter((mail) -> mail.subject().equals(subject))
			.filter((mail) -> mail.body().contains("Appointment reference: " + appointmentId))
			.toList();
	}

	private static void sleepUntil(Instant instant) {
		Duration left = Duration.between(Instant.now(), instant);
		if (!left.isNegative()) {
			sleep(left);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
