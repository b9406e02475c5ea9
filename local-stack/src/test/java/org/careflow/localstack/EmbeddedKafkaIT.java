package org.careflow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaIT {

	@TempDir
	Path dir;

	@Test
	void eventSentToANewTopicReachesAConsumerGroup() throws Exception {
		try (EmbeddedKafka kafka = EmbeddedKafka.start(0)) {
			send(kafka, "a-1", "{\"type\":\"appointment.booked\"}");

			ConsumerRecord<String, String> received = receive(kafka);

			assertThat(received.key()).isEqualTo("a-1");
			assertThat(received.value()).contains("appointment.booked");
		}
	}

	@Test
	void brokerWithALogDirectoryStillHasItsEventsAfterARestart() throws Exception {
		Path logDir = this.dir.resolve("kafka");
		try (EmbeddedKafka kafka = EmbeddedKafka.start(0, 0, logDir)) {
			send(kafka, "a-2", "{\"type\":\"appointment.cancelled\"}");
		}

		try (EmbeddedKafka kafka = EmbeddedKafka.start(0, 0, logDir)) {
			assertThat(receive(kafka).value()).contains("appointment.cancelled");
		}
	}

	private static void send(EmbeddedKafka kafka, String key, String value) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>("careflow.appointments", key, value)).get();
		}
	}

	private static ConsumerRecord<String, String> receive(EmbeddedKafka kafka) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "notification-service", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
						"earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of("careflow.appointments"));
			return poll(consumer);
		}
	}

	private static ConsumerRecord<String, String> poll(KafkaConsumer<String, String> consumer) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
				return record;
			}
		}
		throw new AssertionError("No record within 30 s");
	}

}
