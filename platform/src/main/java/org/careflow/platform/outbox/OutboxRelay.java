package org.careflow.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting inside documents, oldest first per document, and removes
 * each one only after the broker acknowledged it. If the broker is down, events simply
 * wait in their documents; nothing is lost. Delivery is at least once (a crash between
 * the acknowledgement and the removal sends an event again), which is why every consumer
 * deduplicates on the event id.
 */
public class OutboxRelay {

	static final String FIELD = "pendingEvents";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final OutboxCollections collections;

	private final OutboxTracing tracing;

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxCollections collections) {
		this(mongo, kafka, collections, OutboxTracing.none());
	}

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxCollections collections,
			OutboxTracing tracing) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.collections = collections;
		this.tracing = tracing;
	}

	@Scheduled(fixedDelayString = "${careflow.outbox.poll-interval:200ms}")
	public void relayPending() {
		for (String collection : this.collections.names()) {
			try {
				relay(collection);
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay for {} paused, will retry: {}", collection, ex.getMessage());
			}
		}
	}

	/** Relays the pending events of one collection; returns how many were published. */
	public int relay(String collection) {
		Query waiting = new Query(Criteria.where(FIELD + ".0").exists(true)).limit(100);
		waiting.fields().include(FIELD);
		int published = 0;
		for (Document document : this.mongo.find(waiting, Document.class, collection)) {
			published += relayDocument(collection, document);
		}
		return published;
	}

	private int relayDocument(String collection, Document document) {
		List<Document> events = document.getList(FIELD, Document.class);
		Query sameDocument = new Query(Criteria.where("_id").is(document.get("_id")));
		int published = 0;
		for (Document event : events) {
			publish(event);
			Update removeEvent = new Update().pull(FIELD, new Document("eventId", event.getString("eventId")));
			this.mongo.updateFirst(sameDocument, removeEvent, collection);
			published++;
		}
		return published;
	}

	private void publish(Document event) {
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
			this.kafka.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
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
