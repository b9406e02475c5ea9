package org.careflow.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;

import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;

/** The test Kafka broker, and one that is down. */
final class Broker {

	private Broker() {
	}

	static KafkaTemplate<String, String> up() {
		return template(TestInfrastructure.kafka().bootstrapServers());
	}

	static KafkaTemplate<String, String> down() {
		return template("127.0.0.1:1");
	}

	static KafkaTemplate<String, String> template(String bootstrapServers) {
		return new KafkaTemplate<>(producers(bootstrapServers));
	}

	private static ProducerFactory<String, String> producers(String bootstrapServers) {
		return new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000));
	}

	/** The first {@code count} records on the topic, waiting for them if need be. */
	static List<ConsumerRecord<String, String>> records(String topic, int count) {
		return KafkaRecords.awaitCount(TestInfrastructure.kafka().bootstrapServers(), topic, count,
				Duration.ofSeconds(20));
	}

	/**
	 * How many records the topic holds now: exact once the relay returned, since it
	 * returns only after the broker acknowledged what it sent.
	 */
	static long recordCount(String topic) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "test-counter-" + UUID.randomUUID()),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((partition) -> new TopicPartition(topic, partition.partition()))
				.toList();
			return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
		}
	}

	/**
	 * The test broker, with something happening right after the first record is
	 * acknowledged: while the relay is between publishing and removing the event.
	 */
	static final class Hooked extends KafkaTemplate<String, String> {

		private final Runnable afterFirstAcknowledgement;

		private boolean happened;

		Hooked(Runnable afterFirstAcknowledgement) {
			super(producers(TestInfrastructure.kafka().bootstrapServers()));
			this.afterFirstAcknowledgement = afterFirstAcknowledgement;
		}

		@Override
		public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
			CompletableFuture<SendResult<String, String>> sent = super.send(record);
			if (!this.happened) {
				this.happened = true;
				sent.join();
				this.afterFirstAcknowledgement.run();
			}
			return sent;
		}

	}

}
