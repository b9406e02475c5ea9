package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A department was deleted (it had no members left); {@code aggregateId} is its id.
 * Services that keep a copy drop it.
 */
@EventType(DepartmentRemoved.TYPE)
public record DepartmentRemoved(UUID eventId, String aggregateId, Instant occurredAt,
		int schemaVersion) implements CareFlowEvent {

	public static final String TYPE = "department.removed";

	public static DepartmentRemoved of(String departmentId) {
		return new DepartmentRemoved(UUID.randomUUID(), departmentId, Instant.now(), 1);
	}

}
