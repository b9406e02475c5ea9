package org.careflow.notification.live;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Kafka consumers of the live stream: the broker and its security as
 * {@code spring.kafka.*} say, but in no consumer group and committing nothing. They
 * {@code assign()} partitions and seek themselves; a group would share partitions between
 * the replicas (each needs all of them), and a commit would move the email consumer's
 * offsets.
 */
final class LiveConsumers {

	private final Map<String, Object> settings;

	private final String clientIdPrefix;

	private final AtomicLong created = new AtomicLong();

	/**
	 * @param kafkaSettings the consumer settings Spring Boot builds from
	 * {@code spring.kafka.*}
	 * @param clientIdPrefix names the consumers in the broker's logs and metrics
	 */
	LiveConsumers(Map<String, Object> kafkaSettings, String clientIdPrefix) {
		Map<String, Object> settings = new HashMap<>(kafkaSettings);
		settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
		settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
		this.settings = Map.copyOf(settings);
		this.clientIdPrefix = clientIdPrefix;
	}

	/**
	 * A new consumer; the caller closes it.
	 * @param purpose {@code feed} or {@code replay}, in its client id
	 * @param offsetReset where to go if its position is gone: {@code latest} for the feed
	 * (it only follows), {@code none} for a catch-up (a gap must be noticed, never
	 * skipped)
	 */
	KafkaConsumer<String, String> create(String purpose, String offsetReset) {
		Map<String, Object> settings = new HashMap<>(this.settings);
		settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, offsetReset);
		settings.put(ConsumerConfig.CLIENT_ID_CONFIG,
				this.clientIdPrefix + "-" + purpose + "-" + this.created.incrementAndGet());
		return new KafkaConsumer<>(settings);
	}

}
