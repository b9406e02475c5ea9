package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The visit record (vitals, notes) of an appointment changed; {@code aggregateId} is the
 * appointment id. Deliberately carries no health data: readers fetch it from the
 * appointment service with the patient's own authority.
 */
@EventType(VisitUpdated.TYPE)
public record VisitUpdated(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion, String patientId,
		String doctorId) implements CareFlowEvent {

	public static final String TYPE = "visit.updated";

	public static VisitUpdated of(String appointmentId, String patientId, String doctorId) {
		return new VisitUpdated(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId);
	}

}
