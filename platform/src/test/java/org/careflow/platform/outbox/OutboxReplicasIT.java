package org.careflow.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.CareFlowEvent;
import org.careflow.platform.kafka.EventJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.platform.outbox.OutboxDatabase.COLLECTION;

/**
 * Several replicas over one collection: each event is published by one relay, a crashed
 * relay's documents are taken over once its lease ran out, and nothing is lost to events
 * appended while a relay is busy with their document.
 */
class OutboxReplicasIT {

	private final String topic = "outbox-replicas-" + UUID.randomUUID();

	private final OutboxDatabase database = OutboxDatabase.publishingTo(this.topic);

	@AfterEach
	void disconnect() {
		this.database.close();
	}

	@Test
	void twoRelaysRacingOverTheSameDocumentsPublishEachEventOnce() throws Exception {
		int documents = 300;
		for (int i = 0; i < documents; i++) {
			this.database.store("a-" + i, booked("a-" + i));
		}
		List<OutboxRelay> replicas = List.of(this.database.relay(Broker.up()), this.database.relay(Broker.up()));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(replicas.size());
		try {
			List<Future<Integer>> published = new ArrayList<>();
			for (OutboxRelay replica : replicas) {
				published.add(threads.submit(() -> {
					start.await();
					return replica.relay(COLLECTION);
				}));
			}
			start.countDown();

			int total = 0;
			for (Future<Integer> count : published) {
				total += count.get(60, TimeUnit.SECONDS);
			}
			assertThat(total).isEqualTo(documents);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(Broker.recordCount(this.topic)).as("records on the topic").isEqualTo(documents);
		assertThat(this.database.marked()).isZero();
	}

	@Test
	void aDocumentLeftClaimedByACrashedReplicaIsPublishedOnceItsLeaseRanOut() {
		CareFlowEvent booked = booked("a-1");
		this.database.store("a-1", booked);
		leaseTo("a-1", "crashed-replica", Instant.now().minusSeconds(1));

		assertThat(this.database.relay(Broker.up()).relay(COLLECTION)).isEqualTo(1);

		assertThat(EventJson.read(Broker.records(this.topic, 1).get(0).value())).contains(booked);
		assertThat(this.database.stored("a-1")).doesNotContainKeys(PendingEvents.MARKER, OutboxRelay.LEASE);
	}

	@Test
	void aDocumentAnotherReplicaHoldsIsLeftToIt() {
		this.database.store("a-1", booked("a-1"));
		leaseTo("a-1", "busy-replica", Instant.now().plusSeconds(30));
		this.database.store("a-2", booked("a-2"));

		assertThat(this.database.relay(Broker.up()).relay(COLLECTION)).as("only a-2").isEqualTo(1);

		assertThat(this.database.pendingIn("a-1")).hasSize(1);
		assertThat(this.database.stored("a-1").get(OutboxRelay.LEASE, Document.class).getString("owner"))
			.isEqualTo("busy-replica");
		assertThat(this.database.pendingIn("a-2")).isEmpty();
	}

	@Test
	void anEventAppendedBetweenPublishingAndRemovingIsKeptMarkedThenPublished() {
		CareFlowEvent booked = booked("a-1");
		CareFlowEvent cancelled = cancelled("a-1");
		this.database.store("a-1", booked);
		OutboxRelay relay = this.database.relay(new Broker.Hooked(() -> this.database.append("a-1", cancelled)));

		assertThat(relay.relay(COLLECTION)).isEqualTo(1);

		assertThat(this.database.pendingIn("a-1")).singleElement()
			.satisfies((event) -> assertThat(event.getString("eventId")).isEqualTo(cancelled.eventId().toString()));
		assertThat(this.database.stored("a-1")).containsKey(PendingEvents.MARKER).doesNotContainKey(OutboxRelay.LEASE);

		assertThat(relay.relay(COLLECTION)).isEqualTo(1);

		assertThat(Broker.records(this.topic, 2)).extracting((record) -> EventJson.read(record.value()).orElseThrow())
			.containsExactly(booked, cancelled);
		assertThat(this.database.marked()).isZero();
	}

	/**
	 * The narrowest window: the relay has removed what it published and found no events
	 * left, and only then is one appended. Its marker must survive the hand-back.
	 */
	@Test
	void anEventAppendedAfterTheRemovalIsKeptMarkedThenPublished() {
		CareFlowEvent booked = booked("a-1");
		CareFlowEvent cancelled = cancelled("a-1");
		this.database.store("a-1", booked);
		OutboxRelay relay = new OutboxRelay(new AppendingAfterRemoval(this.database, "a-1", cancelled), Broker.up());
		relay.prepare(COLLECTION);

		assertThat(relay.relay(COLLECTION)).isEqualTo(1);

		assertThat(this.database.pendingIn("a-1")).hasSize(1);
		assertThat(this.database.stored("a-1")).containsKey(PendingEvents.MARKER).doesNotContainKey(OutboxRelay.LEASE);

		assertThat(relay.relay(COLLECTION)).isEqualTo(1);

		List<ConsumerRecord<String, String>> records = Broker.records(this.topic, 2);
		assertThat(records).extracting((record) -> EventJson.read(record.value()).orElseThrow())
			.containsExactly(booked, cancelled);
		assertThat(this.database.marked()).isZero();
	}

	private void leaseTo(String id, String owner, Instant until) {
		this.database.mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
				new Update().set(OutboxRelay.LEASE, new Document("owner", owner).append("until", Date.from(until))),
				COLLECTION);
	}

	private static CareFlowEvent booked(String id) {
		return AppointmentBooked.of(id, "p-1", "d-1", null, null, "UTC");
	}

	private static CareFlowEvent cancelled(String id) {
		return AppointmentCancelled.of(id, "p-1", "d-1", null, null, "UTC");
	}

}
