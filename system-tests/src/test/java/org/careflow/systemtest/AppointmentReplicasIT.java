package org.careflow.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.careflow.localstack.ServiceReplica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * appointment-service scaled out as an operator would: a second JVM beside the stack's
 * own, on the same database and broker. A replica killed between claiming a reschedule's
 * new slot and freeing the old one leaves, once it is back, the patient with exactly one
 * appointment and no slot blocked; and with two replicas looking for missed appointments,
 * one that nobody checked in becomes a no-show exactly once.
 * <p>
 * The stack runs with a no-show grace of zero and looks for interrupted reschedules every
 * two seconds ({@link SystemStack#FAST_LIFECYCLE}), so neither waits for the production
 * periods.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentReplicasIT {

	private static final String APPOINTMENT_SERVICE = "appointment-service";

	private final SystemStack stack = SystemStack.get();

	private final Api api = this.stack.api();

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
	void aReplicaKilledInTheMiddleOfARescheduleLeavesThePatientOneAppointmentAndNoSlotBlocked() {
		ServiceReplica crashing = this.stack.stack()
			.startReplica(APPOINTMENT_SERVICE, Map.of("FAIL_POINT_HALT_AT", "reschedule-new-appointment-stored"));
		Person doctor = this.clinic.doctorWithOpenHours("Dermatology");
		Person patient = this.clinic.registerPatient();
		List<String> free = this.clinic.freeSlotStarts(doctor.id(), patient.token());
		String original = free.get(free.size() - 1);
		String target = free.get(free.size() - 2);
		Api.Reply booked = this.api.post("/api/appointments", patient.token(), Clinic.booking(doctor.id(), original));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);

		// the replica claims the new slot, stores the new appointment, and dies before it
		// cancels the old one and frees its slot: the caller sees the connection drop
		Throwable dropped = catchThrowable(() -> new Api(crashing.url())
			.post("/api/appointments/" + booked.text("id") + "/reschedule", patient.token(), Map.of("start", target)));
		assertThat(dropped).as("the reschedule answered although its replica was to halt").isNotNull();
		await().atMost(Duration.ofSeconds(20)).until(() -> !crashing.isAlive());
		assertThat(crashing.exitDescription()).isEqualTo("exited with code 137");
		// the new slot is held; the old one may be free already: the new appointment's
		// appointment.rescheduled, relayed by the other replica, frees it at scheduling
		assertThat(this.clinic.freeSlotStarts(doctor.id(), patient.token())).as("the new slot held at the crash")
			.doesNotContain(target);

		this.replica = this.stack.stack().startReplica(APPOINTMENT_SERVICE, Map.of());

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			Api.Reply mine = this.api.get("/api/appointments", patient.token());
			assertThat(mine.status()).isEqualTo(200);
			List<JsonNode> active = mine.body()
				.valueStream()
				.filter(a -> a.path("status").asString().equals("booked"))
				.toList();
			assertThat(active).hasSize(1);
			assertThat(active.get(0).path("start").asString()).isEqualTo(target);
			assertThat(active.get(0).path("replaces").asString()).isEqualTo(booked.text("id"));
		});
		Api.Reply old = this.api.get("/api/appointments/" + booked.text("id"), patient.token());
		assertThat(old.text("status")).isEqualTo("cancelled");
		assertThat(this.clinic.freeSlotStarts(doctor.id(), patient.token())).as("the old slot is free again")
			.contains(original)
			.doesNotContain(target);
	}

	@Test
	@Order(2)
	void withTwoReplicasLookingAMissedAppointmentBecomesANoShowOnce() {
		assertThat(this.replica).as("the second replica runs").isNotNull();
		assertThat(this.replica.isAlive()).isTrue();
		Person doctor = this.clinic.doctorStartingSoon("Dermatology");
		Person patient = this.clinic.registerPatient();
		String start = this.clinic.freeSlotStarts(doctor.id(), patient.token(), 1).get(0);
		Api.Reply booked = this.api.post("/api/appointments", patient.token(), Clinic.booking(doctor.id(), start));
		assertThat(booked.status()).as("%s", booked).isEqualTo(201);
		String id = booked.text("id");

		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> this.api.get("/api/appointments/" + id, patient.token()).text("status").equals("noshow"));
		// both replicas look every two seconds: give the slower one two more looks
		sleep(Duration.ofSeconds(5));

		assertThat(eventsOf(id)).containsExactly("appointment.booked", "appointment.noshow");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.stack.subjectsTo(patient.email()).contains("We missed you at your appointment"));
		assertThat(this.stack.subjectsTo(patient.email())).filteredOn("We missed you at your appointment"::equals)
			.hasSize(1);
		// and one step in its history: the slower replica's change matched nothing
		Api.Reply missed = this.api.get("/api/appointments/" + id, patient.token());
		assertThat(missed.body().path("history").valueStream().map(step -> step.path("status").asString()))
			.containsExactly("booked", "noshow");
	}

	/** The types of every event about one appointment, read from the broker itself. */
	private List<String> eventsOf(String appointmentId) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.stack.stack().kafkaBootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		List<String> types = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor("careflow.appointments")
				.stream()
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
					&& System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (appointmentId.equals(record.key())) {
						types.add(Api.JSON.readTree(record.value()).path("type").asString());
					}
				}
			}
		}
		return types;
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
