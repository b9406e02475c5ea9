package org.careflow.platform.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries a request's trace across the outbox: an event is stored during the request but
 * sent later by the relay on a scheduler thread, where the request's span is long gone.
 * So the W3C {@code traceparent} of the span current when the event is raised is stored
 * with the event, and the relay sends it as a Kafka header and publishes within that
 * trace, so consumers (listener observation) continue it.
 * <p>
 * {@link PendingEvent#of} is called from domain code that has no beans at hand, hence the
 * one static instance, installed by {@link OutboxAutoConfiguration} when a Micrometer
 * {@link Tracer} exists. Without one, nothing is captured and events are relayed as
 * before.
 */
public final class OutboxTracing {

	/**
	 * The W3C trace context header, both the stored field's name and the Kafka header.
	 */
	public static final String TRACEPARENT = "traceparent";

	private static final OutboxTracing NONE = new OutboxTracing(null, null);

	private static volatile OutboxTracing installed = NONE;

	private final Tracer tracer;

	private final Propagator propagator;

	private OutboxTracing(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	public static OutboxTracing of(Tracer tracer, Propagator propagator) {
		return new OutboxTracing(tracer, propagator);
	}

	public static OutboxTracing none() {
		return NONE;
	}

	/** The instance {@link PendingEvent#of} uses. */
	static OutboxTracing installed() {
		return installed;
	}

	void install() {
		installed = this;
	}

	void uninstall() {
		if (installed == this) {
			installed = NONE;
		}
	}

	/** The traceparent of the current span, or null outside of any trace. */
	String currentTraceparent() {
		if (this.tracer == null) {
			return null;
		}
		TraceContext context = this.tracer.currentTraceContext().context();
		if (context == null) {
			return null;
		}
		Map<String, String> headers = new HashMap<>();
		this.propagator.inject(context, headers, Map::put);
		return headers.get(TRACEPARENT);
	}

	/**
	 * Runs {@code send} in a span that continues the stored trace, so a producer
	 * observation (if enabled) joins that trace instead of starting a new one.
	 */
	<T> T inTraceOf(String traceparent, Supplier<T> send) {
		if (this.tracer == null || traceparent == null) {
			return send.get();
		}
		Span span = this.propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get)
			.name("outbox relay")
			.kind(Span.Kind.PRODUCER)
			.start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			return send.get();
		}
		catch (RuntimeException ex) {
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

}
