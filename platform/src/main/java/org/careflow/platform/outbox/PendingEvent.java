package org.careflow.platform.outbox;

import java.time.Instant;

import org.careflow.events.CareFlowEvent;
import org.careflow.platform.kafka.EventJson;

/**
 * An event waiting inside the document whose change it reports. Saving the document saves
 * the event in the same single-document write, so a change is never stored without its
 * event (MongoDB-protocol stores here have no multi-document transactions).
 *
 * @param payload the event exactly as it goes on the wire
 * @param traceparent the W3C trace context of the request that raised the event, sent as
 * the Kafka header of the same name; null outside of a trace and in documents stored
 * before it existed
 */
public record PendingEvent(String eventId, String type, String topic, String key, String payload, Instant occurredAt,
		String traceparent) {

	/** The event, in the trace of the current span if there is one. */
	public static PendingEvent of(String topic, CareFlowEvent event) {
		return new PendingEvent(event.eventId().toString(), event.type(), topic, event.aggregateId(),
				EventJson.write(event), event.occurredAt(), OutboxTracing.installed().currentTraceparent());
	}

}
