package org.careflow.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change of a doctor's availability (longer hours, a block removed, an override that
 * adds hours, looser rules) made slots free that were not; {@code aggregateId} is the
 * doctor id. The appointment service offers each to the patients waiting for it. Only ids
 * and times: at most {@value #MAX_SLOTS} slots per event, soonest first; a change that
 * opens more publishes several events.
 */
@EventType(ScheduleSlotsOpened.TYPE)
public record ScheduleSlotsOpened(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		List<OpenedSlot> slots) implements CareFlowEvent {

	public static final String TYPE = "schedule.slots-opened";

	public static final int MAX_SLOTS = 500;

	public ScheduleSlotsOpened {
		slots = List.copyOf(slots);
	}

	public static ScheduleSlotsOpened of(String doctorId, List<OpenedSlot> slots) {
		return new ScheduleSlotsOpened(UUID.randomUUID(), doctorId, Instant.now(), 1, slots);
	}

	/** One newly free slot of the doctor, as instants. */
	public record OpenedSlot(Instant start, Instant end) {
	}

}
