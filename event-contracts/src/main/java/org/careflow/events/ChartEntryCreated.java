package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Something was added to a patient's chart: {@code resourceType} is {@code record},
 * {@code allergy}, {@code vaccine} or {@code procedure}, {@code aggregateId} its id,
 * {@code authorId} who wrote it. Ids only: what was written stays in patient-service.
 */
@EventType(ChartEntryCreated.TYPE)
public record ChartEntryCreated(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String resourceType, String authorId) implements CareFlowEvent {

	public static final String TYPE = "chart.entry-created";

	public static ChartEntryCreated of(String resourceId, String patientId, String resourceType, String authorId) {
		return new ChartEntryCreated(UUID.randomUUID(), resourceId, Instant.now(), 1, patientId, resourceType,
				authorId);
	}

}
