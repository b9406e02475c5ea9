package org.careflow.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A department was added or changed; {@code aggregateId} is the department id. It carries
 * the whole department as services that keep a copy need it (the latest wins): its name,
 * and its rooms with their beds, so that patient-service can admit to a bed that exists
 * and show every bed's occupancy while doctor-service is down. No people in it.
 */
@EventType(DepartmentSaved.TYPE)
public record DepartmentSaved(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion, String name,
		List<RoomBeds> rooms) implements CareFlowEvent {

	public static final String TYPE = "department.saved";

	public DepartmentSaved {
		rooms = (rooms != null) ? List.copyOf(rooms) : List.of();
	}

	public static DepartmentSaved of(String departmentId, String name, List<RoomBeds> rooms) {
		return new DepartmentSaved(UUID.randomUUID(), departmentId, Instant.now(), 1, name, rooms);
	}

	/** One room by its name and the labels of its beds, in the department's order. */
	public record RoomBeds(String name, List<String> beds) {

		public RoomBeds {
			beds = (beds != null) ? List.copyOf(beds) : List.of();
		}

	}

}
