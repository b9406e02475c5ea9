package org.careflow.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends one stored event to Kafka as it was stored (topic, key, payload) with the headers
 * consumers rely on ({@code eventType}, {@code eventId}, {@code traceparent}), and waits
 * for the broker's acknowledgement.
 */
class EventPublisher {

	/**
	 * The longest wait for an acknowledgement, after the producer's own wait for the
	 * broker ({@code max.block.ms}).
	 */
	static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

	private final KafkaTemplate<String, String> kafka;

	private final OutboxTracing tracing;

	EventPublisher(KafkaTemplate<String, String> kafka, OutboxTracing tracing) {
		this.kafka = kafka;
		this.tracing = tracing;
	}

	/**
	 * @throws IllegalStateException if the broker did not acknowledge the event
	 */
	void publish(Document event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
				event.getString("payload"));
		record.headers().add("eventType", event.getString("type").getBytes(StandardCharsets.UTF_8));
		record.headers().add("eventId", event.getString("eventId").getBytes(StandardCharsets.UTF_8));
		// absent in events raised outside a trace and in documents older than tracing
		String traceparent = event.getString(OutboxTracing.TRACEPARENT);
		if (traceparent != null) {
			record.headers().add(OutboxTracing.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
		}
		this.tracing.inTraceOf(traceparent, () -> send(record, event.getString("eventId")));
	}

	private void send(ProducerRecord<String, String> record, String eventId) {
		try {
			this.kafka.send(record).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing " + eventId, ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Broker did not acknowledge " + eventId, ex);
		}
	}

}
