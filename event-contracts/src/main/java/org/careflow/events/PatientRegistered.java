package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A patient registered; {@code aggregateId} is the patient id (their identity subject).
 */
@EventType(PatientRegistered.TYPE)
public record PatientRegistered(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion, String email,
		String firstName, String lastName) implements CareFlowEvent {

	public static final String TYPE = "patient.registered";

	public static PatientRegistered of(String patientId, String email, String firstName, String lastName) {
		return new PatientRegistered(UUID.randomUUID(), patientId, Instant.now(), 1, email, firstName, lastName);
	}

}
