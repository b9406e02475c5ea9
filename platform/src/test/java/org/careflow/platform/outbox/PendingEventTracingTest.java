package org.careflow.platform.outbox;

import java.util.List;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event raised during a request remembers that request's trace, so the relay (later,
 * on another thread) can hand it on to the consumers.
 */
class PendingEventTracingTest {

	private final ApplicationContextRunner tracing = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(BraveAutoConfiguration.class, MicrometerTracingAutoConfiguration.class, OutboxAutoConfiguration.class));

	@Test
	void anEventRaisedInASpanCarriesThatSpansW3cTraceparent() {
		this.tracing.run((context) -> {
			Tracer tracer = context.getBean(Tracer.class);
			Span request = tracer.nextSpan().name("book appointment").start();
			PendingEvent pending;
			try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
				pending = PendingEvent.of(Topics.APPOINTMENTS, booked());
			}
			finally {
				request.end();
			}

			assertThat(pending.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
				.startsWith("00-" + request.context().traceId() + "-" + request.context().spanId() + "-");
		});
	}

	@Test
	void anEventRaisedOutsideOfAnyTraceHasNoTraceparent() {
		this.tracing
			.run((context) -> assertThat(PendingEvent.of(Topics.APPOINTMENTS, booked()).traceparent()).isNull());
	}

	@Test
	void aClosedApplicationLeavesNoTracerBehindForLaterEvents() {
		this.tracing.run((context) -> {
			Tracer tracer = context.getBean(Tracer.class);
			tracer.startScopedSpan("request before shutdown").end();
		});
		// the context above is closed: its tracer must not linger in the static holder
		assertThat(OutboxTracing.installed()).isSameAs(OutboxTracing.none());
		assertThat(PendingEvent.of(Topics.APPOINTMENTS, booked())).satisfies((pending) -> {
			assertThat(pending.traceparent()).isNull();
			assertThat(pending.eventId()).isNotBlank();
		});
	}

	@Test
	void theTraceparentIsStoredUnderTheFieldTheRelayReads() {
		MappingMongoConverter converter = mongoConverter();
		String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
		PendingEvent pending = withTraceparent(PendingEvent.of(Topics.APPOINTMENTS, booked()), traceparent);

		Document stored = new Document();
		converter.write(pending, stored);

		assertThat(stored.getString(OutboxTracing.TRACEPARENT)).isEqualTo(traceparent);
	}

	@Test
	void documentsStoredBeforeTracingStillReadAsPendingEvents() {
		MappingMongoConverter converter = mongoConverter();
		Document stored = new Document();
		converter.write(PendingEvent.of(Topics.APPOINTMENTS, booked()), stored);
		stored.remove(OutboxTracing.TRACEPARENT);

		PendingEvent read = converter.read(PendingEvent.class, stored);

		assertThat(read.traceparent()).isNull();
		assertThat(read.type()).isEqualTo("appointment.booked");
	}

	/** Maps records the way the services' repositories do. */
	private static MappingMongoConverter mongoConverter() {
		MongoCustomConversions conversions = new MongoCustomConversions(List.of());
		MongoMappingContext mapping = new MongoMappingContext();
		mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		mapping.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		return converter;
	}

	private static AppointmentBooked booked() {
		return AppointmentBooked.of("a-1", "p-1", "d-1", null, null, "UTC");
	}

	private static PendingEvent withTraceparent(PendingEvent pending, String traceparent) {
		return new PendingEvent(pending.eventId(), pending.type(), pending.topic(), pending.key(), pending.payload(),
				pending.occurredAt(), traceparent);
	}

}
