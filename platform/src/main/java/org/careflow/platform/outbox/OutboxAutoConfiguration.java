package org.careflow.platform.outbox;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the relay in services that declare an {@link OutboxCollections} bean, and lets
 * pending events carry the trace they were raised in when Micrometer Tracing is present.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration" })
@EnableScheduling
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnBean(OutboxCollections.class)
	OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxCollections collections,
			ObjectProvider<OutboxTracing> tracing) {
		return new OutboxRelay(mongo, kafka, collections, tracing.getIfAvailable(OutboxTracing::none));
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
