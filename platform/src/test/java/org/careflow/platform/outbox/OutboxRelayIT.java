package org.careflow.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.CareFlowEvent;
import org.careflow.platform.kafka.EventJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careflow.platform.outbox.OutboxDatabase.COLLECTION;

/** The relay against a real broker and a real MongoDB-protocol server. */
class OutboxRelayIT {

	private final String topic = "outbox-it-" + UUID.randomUUID();

	private final OutboxDatabase database = OutboxDatabase.publishingTo(this.topic);

	@AfterEach
	void disconnect() {
		this.database.close();
	}

	@Test
	void publishesPendingEventsInOrderThenRemovesThemAndTheMarker() {
		CareFlowEvent booked = AppointmentBooked.of("a-1", "p-1", "d-1", null, null, "UTC");
		CareFlowEvent cancelled = AppointmentCancelled.of("a-1", "p-1", "d-1", null, null, "UTC");
		this.database.store("a-1", booked, cancelled);
		assertThat(this.database.stored("a-1").getString(PendingEvents.MARKER)).as("marked when stored").isNotBlank();
		OutboxRelay relay = this.database.relay(Broker.up());

		assertThat(relay.relay(COLLECTION)).isEqualTo(2);

		List<ConsumerRecord<String, String>> records = Broker.records(this.topic, 2);
		assertThat(records).extracting(ConsumerRecord::key).containsExactly("a-1", "a-1");
		assertThat(records).extracting((record) -> EventJson.read(record.value()).orElseThrow())
			.containsExactly(booked, cancelled);
		assertThat(records).extracting((record) -> header(record, "eventId"))
			.containsExactly(booked.eventId().toString(), cancelled.eventId().toString());
		assertThat(records).extracting((record) -> header(record, "eventType"))
			.containsExactly("appointment.booked", "appointment.cancelled");
		Document stored = this.database.stored("a-1");
		assertThat(stored.getList(PendingEvents.FIELD, Object.class)).isEmpty();
		assertThat(stored).doesNotContainKeys(PendingEvents.MARKER, OutboxRelay.LEASE);
		assertThat(relay.relay(COLLECTION)).as("nothing is sent twice by one relay").isZero();
	}

	@Test
	void manyDocumentsArePublishedTogetherEachInItsOwnOrder() {
		List<CareFlowEvent> expected = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String id = "many-" + i;
			CareFlowEvent booked = AppointmentBooked.of(id, "p-1", "d-1", null, null, "UTC");
			CareFlowEvent cancelled = AppointmentCancelled.of(id, "p-1", "d-1", null, null, "UTC");
			// every third document has a second event, sent in a second round
			if (i % 3 == 0) {
				this.database.store(id, booked, cancelled);
				expected.add(cancelled);
			}
			else {
				this.database.store(id, booked);
			}
			expected.add(booked);
		}

		assertThat(this.database.relay(Broker.up()).relay(COLLECTION)).isEqualTo(expected.size());

		List<ConsumerRecord<String, String>> records = Broker.records(this.topic, expected.size());
		assertThat(records).extracting((record) -> EventJson.read(record.value()).orElseThrow())
			.containsExactlyInAnyOrderElementsOf(expected);
		for (int i = 0; i < 30; i += 3) {
			String id = "many-" + i;
			assertThat(records).filteredOn((record) -> id.equals(record.key()))
				.extracting((record) -> header(record, "eventType"))
				.containsExactly("appointment.booked", "appointment.cancelled");
		}
		assertThat(this.database.marked()).isZero();
	}

	@Test
	void whileTheBrokerIsDownEventsWaitMarkedInTheirDocumentThenArePublished() {
		CareFlowEvent booked = AppointmentBooked.of("a-2", "p-1", "d-1", null, null, "UTC");
		this.database.store("a-2", booked);

		assertThatThrownBy(() -> this.database.relay(Broker.down()).relay(COLLECTION))
			.isInstanceOf(IllegalStateException.class);

		assertThat(this.database.pendingIn("a-2")).hasSize(1);
		assertThat(this.database.stored("a-2")).containsKey(PendingEvents.MARKER)
			.as("the lease is given back, so the broker's return needs no wait for it")
			.doesNotContainKey(OutboxRelay.LEASE);

		assertThat(this.database.relay(Broker.up()).relay(COLLECTION)).isEqualTo(1);

		assertThat(EventJson.read(Broker.records(this.topic, 1).get(0).value())).contains(booked);
		assertThat(this.database.pendingIn("a-2")).isEmpty();
		assertThat(this.database.marked()).isZero();
	}

	@Test
	void publishesTheTraceTheEventWasRaisedInSoConsumersContinueIt() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(BraveAutoConfiguration.class,
					MicrometerTracingAutoConfiguration.class, OutboxAutoConfiguration.class))
			.run((context) -> {
				Tracer tracer = context.getBean(Tracer.class);
				Span request = tracer.nextSpan().name("book appointment").start();
				try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
					this.database.store("a-3", AppointmentBooked.of("a-3", "p-1", "d-1", null, null, "UTC"));
				}
				finally {
					request.end();
				}
				// the relay runs later, on its own thread, outside of the request's span
				OutboxRelay relay = new OutboxRelay(this.database.mongo, Broker.up(),
						context.getBean(OutboxTracing.class), Clock.systemUTC());
				relay.prepare(COLLECTION);

				assertThat(relay.relay(COLLECTION)).isEqualTo(1);

				Header traceparent = Broker.records(this.topic, 1)
					.get(0)
					.headers()
					.lastHeader(OutboxTracing.TRACEPARENT);
				assertThat(traceparent).isNotNull();
				assertThat(new String(traceparent.value(), StandardCharsets.UTF_8))
					.startsWith("00-" + request.context().traceId() + "-");
			});
	}

	/**
	 * Stored before markers (and tracing) existed, as by an earlier version of the
	 * service: found when the relay prepares the collection, so nothing is lost by the
	 * upgrade.
	 */
	@Test
	void relaysEventsStoredBeforeMarkersAndTracingExisted() {
		CareFlowEvent booked = AppointmentBooked.of("a-4", "p-1", "d-1", null, null, "UTC");
		Document oldEvent = new Document("eventId", booked.eventId().toString()).append("type", booked.type())
			.append("topic", this.topic)
			.append("key", "a-4")
			.append("payload", EventJson.write(booked))
			.append("occurredAt", Date.from(booked.occurredAt()));
		// a raw write: no save callback marks it
		this.database.mongo.getCollection(COLLECTION)
			.insertOne(new Document("_id", "a-4").append(PendingEvents.FIELD, List.of(oldEvent)));

		assertThat(this.database.relay(Broker.up()).relay(COLLECTION)).isEqualTo(1);

		ConsumerRecord<String, String> record = Broker.records(this.topic, 1).get(0);
		assertThat(EventJson.read(record.value())).contains(booked);
		assertThat(record.headers().lastHeader(OutboxTracing.TRACEPARENT)).isNull();
		assertThat(this.database.pendingIn("a-4")).isEmpty();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
