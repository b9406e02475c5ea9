package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A doctor was added by an admin; {@code aggregateId} is the doctor id (their identity
 * subject).
 */
@EventType(DoctorRegistered.TYPE)
public record DoctorRegistered(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion, String email,
		String firstName, String lastName, String specialty) implements CareFlowEvent {

	public static final String TYPE = "doctor.registered";

	public static DoctorRegistered of(String doctorId, String email, String firstName, String lastName,
			String specialty) {
		return new DoctorRegistered(UUID.randomUUID(), doctorId, Instant.now(), 1, email, firstName, lastName,
				specialty);
	}

}
