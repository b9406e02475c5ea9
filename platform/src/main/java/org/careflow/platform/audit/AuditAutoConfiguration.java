package org.careflow.platform.audit;

import java.time.Clock;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The audit trail, for services that own patient data ({@code careflow.audit.enabled:
 * true}): the {@link AuditTrail} to record with, and {@code GET /internal/audit}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration" })
@ConditionalOnBooleanProperty("careflow.audit.enabled")
public class AuditAutoConfiguration {

	@Bean
	AuditWriter auditWriter(MongoTemplate mongo) {
		return new AuditWriter(mongo);
	}

	@Bean(initMethod = "createIndexes")
	AuditTrail auditTrail(MongoTemplate mongo, AuditWriter writer, ObjectProvider<Clock> clock,
			ObjectProvider<Tracer> tracer, Environment environment) {
		Supplier<String> traceId = () -> {
			Tracer current = tracer.getIfAvailable();
			Span span = (current != null) ? current.currentSpan() : null;
			return (span != null) ? span.context().traceId() : null;
		};
		return new AuditTrail(mongo, writer, clock.getIfAvailable(Clock::systemUTC), traceId,
				environment.getProperty("spring.application.name", "unknown"));
	}

	@Bean
	InternalAuditController internalAuditController(AuditTrail trail) {
		return new InternalAuditController(trail);
	}

}
