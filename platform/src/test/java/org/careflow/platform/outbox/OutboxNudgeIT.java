package org.careflow.platform.outbox;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.events.CareFlowEvent;
import org.careflow.platform.kafka.EventJson;
import org.careflow.testinfra.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.platform.outbox.OutboxDatabase.COLLECTION;

/**
 * A service's writes nudge its relay, so events go out at once; the poll (here an hour
 * apart) is never what publishes them.
 */
class OutboxNudgeIT {

	private final String topic = "outbox-nudge-" + UUID.randomUUID();

	private final ApplicationContextRunner service = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
				KafkaAutoConfiguration.class, OutboxAutoConfiguration.class))
		.withBean(OutboxCollections.class, () -> OutboxCollections.of(COLLECTION))
		.withPropertyValues("spring.mongodb.uri=" + TestInfrastructure.mongo().uri("outbox-nudge-" + UUID.randomUUID()),
				"spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
				"careflow.outbox.poll-interval=1h");

	@Test
	void anInsertedDocumentsEventIsPublishedWithoutWaitingForAPoll() {
		CareFlowEvent booked = AppointmentBooked.of("a-1", "p-1", "d-1", null, null, "UTC");
		this.service.run((context) -> {
			context.getBean(MongoTemplate.class)
				.insert(new OutboxDatabase.Aggregate("a-1", "BOOKED", List.of(PendingEvent.of(this.topic, booked))),
						COLLECTION);

			assertThat(EventJson.read(Broker.records(this.topic, 1).get(0).value())).contains(booked);
		});
	}

	@Test
	void anEventAppendedByAnUpdateIsPublishedOnceTheWriterNudges() {
		CareFlowEvent cancelled = AppointmentCancelled.of("a-1", "p-1", "d-1", null, null, "UTC");
		this.service.run((context) -> {
			MongoTemplate mongo = context.getBean(MongoTemplate.class);
			mongo.insert(new OutboxDatabase.Aggregate("a-1", "BOOKED", List.of()), COLLECTION);

			mongo.updateFirst(new Query(Criteria.where("_id").is("a-1")), PendingEvents
				.append(new Update().set("status", "CANCELLED"), List.of(PendingEvent.of(this.topic, cancelled))),
					COLLECTION);
			context.getBean(Outbox.class).nudge();

			assertThat(EventJson.read(Broker.records(this.topic, 1).get(0).value())).contains(cancelled);
		});
	}

	@Test
	void theProducerWaitsForTheBrokerBrieflyUnlessTheServiceSaysOtherwise() {
		this.service
			.run((context) -> assertThat(maxBlock(context.getBean(DefaultKafkaProducerFactory.class))).isEqualTo(5000));
		this.service.withPropertyValues("spring.kafka.producer.properties[max.block.ms]=2000")
			.run((context) -> assertThat(maxBlock(context.getBean(DefaultKafkaProducerFactory.class)))
				.isEqualTo("2000"));
	}

	@Test
	void aServiceWithoutOutboxCollectionsGetsNoRelay() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(Outbox.class).doesNotHaveBean(OutboxRelay.class));
	}

	private static Object maxBlock(DefaultKafkaProducerFactory<?, ?> producers) {
		return producers.getConfigurationProperties().get("max.block.ms");
	}

}
