package org.careflow.notification.deadletters;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.careflow.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes what {@code <topic>.dlt} holds back to {@code <topic>}, once whatever made
 * the consumers give up (a patient never registered, a bug since fixed) is mended.
 * <p>
 * Progress is the committed offset of the consumer group {@value #GROUP} on the
 * dead-letter topic, moved only after the records up to it were published again: a second
 * replay republishes nothing, and one cut short resumes where it stopped. Every record
 * keeps its key (so its partition and order) and payload; the dead-letter headers (the
 * failure, the original offset) stay behind. Every consumer of the topic sees the record
 * again and must take it once — as for any redelivery: the message log, for one, sends an
 * email at most once.
 */
public class DeadLetterReplay {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

	static final String GROUP = "careflow-dead-letter-replay";

	/**
	 * A replay is an admin's request: it stays short; more records take more requests.
	 */
	public static final int MAX_PER_REPLAY = 1000;

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(20);

	private final ConsumerFactory<String, String> consumers;

	private final KafkaTemplate<String, String> producer;

	public DeadLetterReplay(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> producer) {
		this.consumers = consumers;
		this.producer = producer;
	}

	/**
	 * Publishes up to {@link #MAX_PER_REPLAY} dead letters of {@code topic} again.
	 * @throws DeadLetterReplayException if the broker cannot be reached
	 */
	public synchronized ReplayResult replay(String topic) {
		String deadLetters = Topics.deadLetterOf(topic);
		Properties settings = new Properties();
		settings.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		settings.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		settings.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
		try (Consumer<String, String> consumer = this.consumers.createConsumer(GROUP, "replay", null, settings)) {
			List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, GIVE_UP_AFTER)
				.stream()
				.map((info) -> new TopicPartition(deadLetters, info.partition()))
				.toList();
			if (partitions.isEmpty()) {
				return new ReplayResult(topic, 0, 0);
			}
			consumer.assign(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, GIVE_UP_AFTER);
			long replayed = republish(consumer, topic, partitions, ends);
			long remaining = partitions.stream().mapToLong((p) -> ends.get(p) - consumer.position(p)).sum();
			log.info("Replayed {} dead letters of {} ({} left)", replayed, topic, remaining);
			return new ReplayResult(topic, replayed, remaining);
		}
		catch (org.apache.kafka.common.KafkaException | ExecutionException ex) {
			throw new DeadLetterReplayException(topic, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeadLetterReplayException(topic, ex);
		}
	}

	private long republish(Consumer<String, String> consumer, String topic, List<TopicPartition> partitions,
			Map<TopicPartition, Long> ends) throws ExecutionException, InterruptedException {
		long replayed = 0;
		long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
		while (replayed < MAX_PER_REPLAY && behind(consumer, partitions, ends) && System.nanoTime() < deadline) {
			Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
			for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
				TopicPartition partition = new TopicPartition(record.topic(), record.partition());
				if (replayed >= MAX_PER_REPLAY || record.offset() >= ends.get(partition)) {
					continue;
				}
				this.producer.send(again(topic, record)).get();
				done.put(partition, new OffsetAndMetadata(record.offset() + 1));
				replayed++;
			}
			if (!done.isEmpty()) {
				consumer.commitSync(done);
			}
		}
		// a poll may have read past what was taken: what is left counts from what was
		// committed, where the next replay starts
		Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
		Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
		for (TopicPartition partition : partitions) {
			OffsetAndMetadata at = committed.get(partition);
			consumer.seek(partition, (at != null) ? at.offset() : beginnings.get(partition));
		}
		return replayed;
	}

	private static boolean behind(Consumer<String, String> consumer, List<TopicPartition> partitions,
			Map<TopicPartition, Long> ends) {
		return partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition));
	}

	private static ProducerRecord<String, String> again(String topic, ConsumerRecord<String, String> record) {
		ProducerRecord<String, String> again = new ProducerRecord<>(topic, record.key(), record.value());
		for (Header header : record.headers()) {
			if (!header.key().startsWith("kafka_dlt")) {
				again.headers().add(header);
			}
		}
		return again;
	}

}
