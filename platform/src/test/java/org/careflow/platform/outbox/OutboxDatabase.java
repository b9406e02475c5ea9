package org.careflow.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.event.CommandListener;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import org.careflow.events.CareFlowEvent;
import org.careflow.testinfra.TestInfrastructure;

/**
 * A fresh database on the test MongoDB server, written to the way services write: through
 * a template with the platform's save callback (which marks documents with pending
 * events), and appending events with {@link PendingEvents#append}.
 */
final class OutboxDatabase implements AutoCloseable {

	static final String COLLECTION = "appointments";

	final MongoTemplate mongo;

	private final MongoClient client;

	private final String topic;

	private OutboxDatabase(String topic, CommandListener... listeners) {
		MongoClientSettings.Builder settings = MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(TestInfrastructure.mongo().connectionString()));
		for (CommandListener listener : listeners) {
			settings.addCommandListener(listener);
		}
		this.client = MongoClients.create(settings.build());
		this.mongo = new MongoTemplate(this.client, "outbox-it-" + UUID.randomUUID());
		this.mongo.setEntityCallbacks(
				EntityCallbacks.create(new PendingEventsCallback(OutboxCollections.of(COLLECTION), () -> {
				})));
		this.topic = topic;
	}

	/** Events of this database go to {@code topic}. */
	static OutboxDatabase publishingTo(String topic, CommandListener... listeners) {
		return new OutboxDatabase(topic, listeners);
	}

	/** Inserts an aggregate with these events waiting, as a service's repository does. */
	void store(String id, CareFlowEvent... events) {
		this.mongo.insert(new Aggregate(id, "BOOKED", pending(events)), COLLECTION);
	}

	/** Appends events to a stored aggregate, as a service's update does. */
	void append(String id, CareFlowEvent... events) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
				PendingEvents.append(new Update().set("status", "CHANGED"), pending(events)), COLLECTION);
	}

	/** A relay of this database, ready as the outbox makes it before its first pass. */
	OutboxRelay relay(KafkaTemplate<String, String> kafka) {
		OutboxRelay relay = new OutboxRelay(this.mongo, kafka);
		relay.prepare(COLLECTION);
		return relay;
	}

	Document stored(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION);
	}

	List<Document> pendingIn(String id) {
		return stored(id).getList(PendingEvents.FIELD, Document.class, List.of());
	}

	long marked() {
		return this.mongo.count(new Query(Criteria.where(PendingEvents.MARKER).exists(true)), COLLECTION);
	}

	private List<PendingEvent> pending(CareFlowEvent... events) {
		List<PendingEvent> pending = new ArrayList<>();
		for (CareFlowEvent event : events) {
			pending.add(PendingEvent.of(this.topic, event));
		}
		return pending;
	}

	@Override
	public void close() {
		this.client.close();
	}

	record Aggregate(String id, String status, List<PendingEvent> pendingEvents) {
	}

}
