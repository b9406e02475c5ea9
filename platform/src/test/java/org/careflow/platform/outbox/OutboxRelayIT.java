package org.careflow.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.CareFlowEvent;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.KafkaRecords;
import org.careflow.testinfra.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The relay against a real broker and a real MongoDB-protocol server. */
class OutboxRelayIT {

	private static final String COLLECTION = "appointments";

	private final String topic = "outbox-it-" + UUID.randomUUID();

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void connect() {
		this.client = MongoClients.create(TestInfrastructure.mongo().connectionString());
		this.mongo = new MongoTemplate(this.client, "outbox-it-" + UUID.randomUUID());
	}

	@AfterEach
	void disconnect() {
		this.client.close();
	}

	@Test
	void publishesPendingEventsInOrderThenRemovesThemFromTheDocument() {
		CareFlowEvent booked = AppointmentBooked.of("a-1", "p-1", "d-1", null, null, "UTC");
		CareFlowEvent cancelled = AppointmentCancelled.of("a-1", "p-1", "d-1", null, null, "UTC");
		saveWithPendingEvents("a-1", booked, cancelled);
		OutboxRelay relay = new OutboxRelay(this.mongo, kafka(TestInfrastructure.kafka().bootstrapServers()),
				OutboxCollections.of(COLLECTION));

		assertThat(relay.relay(COLLECTION)).isEqualTo(2);

		List<ConsumerRecord<String, String>> records = consume(2);
		assertThat(records).extracting(ConsumerRecord::key).containsExactly("a-1", "a-1");
		assertThat(records).extracting(record -> EventJson.read(record.value()).orElseThrow())
			.containsExactly(booked, cancelled);
		assertThat(pendingIn("a-1")).isEmpty();
		assertThat(relay.relay(COLLECTION)).as("nothing is sent twice by one relay").isZero();
	}

	@Test
	void whileTheBrokerIsDownEventsWaitInTheirDocument() {
		CareFlowEvent booked = AppointmentBooked.of("a-2", "p-1", "d-1", null, null, "UTC");
		saveWithPendingEvents("a-2", booked);
		OutboxRelay relay = new OutboxRelay(this.mongo, kafka("127.0.0.1:1"), OutboxCollections.of(COLLECTION));

		assertThatThrownBy(() -> relay.relay(COLLECTION)).isInstanceOf(IllegalStateException.class);

		assertThat(pendingIn("a-2")).hasSize(1);
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
					saveWithPendingEvents("a-3", AppointmentBooked.of("a-3", "p-1", "d-1", null, null, "UTC"));
				}
				finally {
					request.end();
				}
				// the relay runs later, on a scheduler thread outside of the request's
				// span
				OutboxRelay relay = new OutboxRelay(this.mongo, kafka(TestInfrastructure.kafka().bootstrapServers()),
						OutboxCollections.of(COLLECTION), context.getBean(OutboxTracing.class));

				assertThat(relay.relay(COLLECTION)).isEqualTo(1);

				Header traceparent = consume(1).get(0).headers().lastHeader(OutboxTracing.TRACEPARENT);
				assertThat(traceparent).isNotNull();
				assertThat(new String(traceparent.value(), StandardCharsets.UTF_8))
					.startsWith("00-" + request.context().traceId() + "-");
			});
	}

	@Test
	void relaysEventsStoredBeforeTracingExistedWithoutATraceparent() {
		CareFlowEvent booked = AppointmentBooked.of("a-4", "p-1", "d-1", null, null, "UTC");
		Document oldEvent = new Document("eventId", booked.eventId().toString()).append("type", booked.type())
			.append("topic", this.topic)
			.append("key", "a-4")
			.append("payload", EventJson.write(booked))
			.append("occurredAt", Date.from(booked.occurredAt()));
		this.mongo.insert(new Document("_id", "a-4").append(OutboxRelay.FIELD, List.of(oldEvent)), COLLECTION);
		OutboxRelay relay = new OutboxRelay(this.mongo, kafka(TestInfrastructure.kafka().bootstrapServers()),
				OutboxCollections.of(COLLECTION));

		assertThat(relay.relay(COLLECTION)).isEqualTo(1);

		ConsumerRecord<String, String> record = consume(1).get(0);
		assertThat(EventJson.read(record.value())).contains(booked);
		assertThat(record.headers().lastHeader(OutboxTracing.TRACEPARENT)).isNull();
		assertThat(pendingIn("a-4")).isEmpty();
	}

	private void saveWithPendingEvents(String id, CareFlowEvent... events) {
		List<PendingEvent> pending = new ArrayList<>();
		for (CareFlowEvent event : events) {
			pending.add(PendingEvent.of(this.topic, event));
		}
		this.mongo.save(new Aggregate(id, "BOOKED", pending), COLLECTION);
	}

	private List<?> pendingIn(String id) {
		Document document = this.mongo.findById(id, Document.class, COLLECTION);
		return document.getList(OutboxRelay.FIELD, Object.class);
	}

	private static KafkaTemplate<String, String> kafka(String bootstrapServers) {
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000)));
	}

	private List<ConsumerRecord<String, String>> consume(int expected) {
		return KafkaRecords.awaitCount(TestInfrastructure.kafka().bootstrapServers(), this.topic, expected,
				Duration.ofSeconds(20));
	}

	record Aggregate(String id, String status, List<PendingEvent> pendingEvents) {
	}

}
