package org.careflow.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends one stored event to Kafka as it was stored (topic, key, payload) with the headers
 * consumers rely on ({@code eventType}, {@code eventId}, {@code traceparent}); the caller
 * then waits for the broker's acknowledgement.
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
	 * Hands the event to the producer without waiting for the broker, so that the events
	 * of many documents share one round trip; {@link Sending#awaitAcknowledgement} waits.
	 * @throws IllegalStateException if the producer refused the event at once (broker
	 * metadata not available within its wait)
	 */
	Sending send(Document event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
				event.getString("payload"));
		String eventId = event.getString("eventId");
		record.headers().add("eventType", event.getString("type").getBytes(StandardCharsets.UTF_8));
		record.headers().add("eventId", eventId.getBytes(StandardCharsets.UTF_8));
		// absent in events raised outside a trace and in documents older than tracing
		String traceparent = event.getString(OutboxTracing.TRACEPARENT);
		if (traceparent != null) {
			record.headers().add(OutboxTracing.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
		}
		try {
			return new Sending(eventId, this.tracing.inTraceOf(traceparent, () -> this.kafka.send(record)));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Broker did not take " + eventId, ex);
		}
	}

	/** An event handed to the producer, not yet known to be acknowledged. */
	record Sending(String eventId, CompletableFuture<?> acknowledgement) {

		/**
		 * @throws IllegalStateException if the broker did not acknowledge the event by
		 * the deadline
		 */
		void awaitAcknowledgement(Instant deadline) {
			long waitMillis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
			try {
				this.acknowledgement.get(waitMillis, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while publishing " + this.eventId, ex);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Broker did not acknowledge " + this.eventId, ex);
			}
		}

	}

}
