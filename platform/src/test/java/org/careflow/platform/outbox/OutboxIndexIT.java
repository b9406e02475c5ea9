package org.careflow.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.CareFlowEvent;
import org.careflow.platform.kafka.EventJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.platform.outbox.OutboxDatabase.COLLECTION;

/**
 * The relay's cost does not grow with the documents that have no events: it finds work
 * through the marker's index only. mongo-java-server uses an index only when it is unique
 * and a query's fields are exactly the index's fields (anything else reads every
 * document), so the test checks both: the index, and the fields of every query the relay
 * sends while it relays.
 */
class OutboxIndexIT {

	private final String topic = "outbox-index-" + UUID.randomUUID();

	private final List<BsonDocument> filters = new CopyOnWriteArrayList<>();

	private final OutboxDatabase database = OutboxDatabase.publishingTo(this.topic, new FilterRecorder());

	@AfterEach
	void disconnect() {
		this.database.close();
	}

	@Test
	void theRelayFindsTheOneEventAmongTenThousandDocumentsThroughTheMarkersIndexAlone() {
		List<OutboxDatabase.Aggregate> withoutEvents = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			withoutEvents.add(new OutboxDatabase.Aggregate("done-" + i, "BOOKED", List.of()));
		}
		this.database.mongo.insert(withoutEvents, COLLECTION);
		CareFlowEvent booked = AppointmentBooked.of("a-1", "p-1", "d-1", null, null, "UTC");
		this.database.store("a-1", booked);
		OutboxRelay relay = this.database.relay(Broker.up());
		this.filters.clear();

		assertThat(relay.relay(COLLECTION)).isEqualTo(1);
		assertThat(relay.relay(COLLECTION)).isZero();

		assertThat(EventJson.read(Broker.records(this.topic, 1).get(0).value())).contains(booked);
		assertThat(this.database.marked()).isZero();
		Document index = markerIndex();
		assertThat(index).as("the marker's index").isNotNull();
		assertThat(index.get("key", Document.class)).isEqualTo(new Document(PendingEvents.MARKER, 1));
		assertThat(index.getBoolean("unique")).isTrue();
		assertThat(index.getBoolean("sparse")).isTrue();
		assertThat(this.filters).as("every filter of the relay's reads and writes")
			.isNotEmpty()
			.allSatisfy((filter) -> {
				assertThat(filter.keySet()).isIn(Set.of(PendingEvents.MARKER), Set.of("_id"));
				BsonValue marker = filter.get(PendingEvents.MARKER);
				if (marker != null && marker.isDocument()) {
					// the range query the unique index answers (an $exists would read
					// every
					// document)
					assertThat(marker.asDocument().keySet()).containsOnly("$regularExpression", "$regex", "$options");
				}
			});
	}

	@Test
	void documentsStoredWithoutEventsAreNotMarked() {
		this.database.mongo.insert(new OutboxDatabase.Aggregate("done-1", "BOOKED", List.of()), COLLECTION);
		this.database.mongo.insert(new OutboxDatabase.Aggregate("done-2", "BOOKED", null), COLLECTION);

		assertThat(this.database.marked()).isZero();
	}

	private Document markerIndex() {
		for (Document index : this.database.mongo.getCollection(COLLECTION).listIndexes()) {
			if (OutboxRelay.INDEX.equals(index.getString("name"))) {
				return index;
			}
		}
		return null;
	}

	/** The filter of every find, findAndModify and update on the collection. */
	private final class FilterRecorder implements CommandListener {

		@Override
		public void commandStarted(CommandStartedEvent event) {
			BsonDocument command = event.getCommand();
			switch (event.getCommandName()) {
				case "find" -> record(command, "find", command.getDocument("filter", new BsonDocument()));
				case "findAndModify" ->
					record(command, "findAndModify", command.getDocument("query", new BsonDocument()));
				case "update" -> command.getArray("updates")
					.forEach((update) -> record(command, "update", update.asDocument().getDocument("q")));
				default -> {
				}
			}
		}

		private void record(BsonDocument command, String name, BsonDocument filter) {
			if (COLLECTION.equals(command.getString(name).getValue())) {
				// a copy: the command's bytes are only valid during this call
				OutboxIndexIT.this.filters.add(filter.clone());
			}
		}

	}

}
