package org.careflow.testinfra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Waits for records on a topic the way an integration test needs: each call reads the
 * topic from its start with a fresh consumer group, so it sees records sent before it was
 * called, and fails with an {@link AssertionError} when time runs out.
 */
public final class KafkaRecords {

	private static final Duration POLL = Duration.ofMillis(200);

	private KafkaRecords() {
	}

	/** The first record on {@code topic} that is {@code matching}. */
	public static ConsumerRecord<String, String> awaitFirst(String bootstrapServers, String topic,
			Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
		int read = 0;
		try (KafkaConsumer<String, String> consumer = subscribe(bootstrapServers, topic)) {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
					read++;
					if (matching.test(record)) {
						return record;
					}
				}
			}
		}
		throw new AssertionError("No matching record on " + topic + " within " + timeout.toSeconds() + " s (read "
				+ read + ", none matched)");
	}

	/**
	 * The records on {@code topic} once there are at least {@code count}: all those read
	 * by then, in order, so a caller can still tell when there are more than expected.
	 */
	public static List<ConsumerRecord<String, String>> awaitCount(String bootstrapServers, String topic, int count,
			Duration timeout) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = subscribe(bootstrapServers, topic)) {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (records.size() < count && System.nanoTime() < deadline) {
				consumer.poll(POLL).forEach(records::add);
			}
		}
		if (records.size() < count) {
			throw new AssertionError("Expected " + count + " records on " + topic + " within " + timeout.toSeconds()
					+ " s but read " + records.size());
		}
		return records;
	}

	private static KafkaConsumer<String, String> subscribe(String bootstrapServers, String topic) {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"test-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(topic));
		return consumer;
	}

}
