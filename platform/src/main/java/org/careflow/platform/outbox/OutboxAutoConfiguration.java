package org.careflow.platform.outbox;

import java.time.Clock;
import java.util.Map;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Runs the relay in services that declare an {@link OutboxCollections} bean, marks and
 * announces the documents their writes give events, and lets pending events carry the
 * trace they were raised in when Micrometer Tracing is present.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration" })
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(OutboxCollections.class)
	static class RelayConfiguration {

		@Bean
		OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka,
				ObjectProvider<OutboxTracing> tracing) {
			// the system clock, not a service's Clock bean: leases are compared across
			// replicas
			return new OutboxRelay(mongo, kafka, tracing.getIfAvailable(OutboxTracing::none), Clock.systemUTC());
		}

		@Bean
		Outbox outbox(OutboxRelay relay, OutboxCollections collections, OutboxProperties properties) {
			return new Outbox(relay, collections, properties.pollInterval());
		}

		@Bean
		PendingEventsCallback pendingEventsCallback(OutboxCollections collections, ObjectProvider<Outbox> outbox) {
			// looked up at the first save: the outbox's relay needs the template this
			// callback belongs to
			return new PendingEventsCallback(collections, () -> outbox.ifAvailable(Outbox::nudge));
		}

		/**
		 * The relay stops publishing a document well before its lease runs out, counting
		 * on a send that waits at most 5 s for the broker (Kafka's default is 60 s). A
		 * service's own setting wins.
		 */
		@Bean
		DefaultKafkaProducerFactoryCustomizer outboxProducerWaitsBriefly() {
			return (factory) -> {
				if (!factory.getConfigurationProperties().containsKey(ProducerConfig.MAX_BLOCK_MS_CONFIG)) {
					factory.updateConfigs(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000));
				}
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tracer.class)
	@ConditionalOnBean({ Tracer.class, Propagator.class })
	static class OutboxTracingConfiguration {

		// installed for PendingEvent.of, which domain code calls without beans at hand
		@Bean(initMethod = "install", destroyMethod = "uninstall")
		OutboxTracing outboxTracing(Tracer tracer, Propagator propagator) {
			return OutboxTracing.of(tracer, propagator);
		}

	}

}
