package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A patient's name or email address changed: the clinic's staff corrected the name, or
 * the patient changed (and verified) their address on their account page;
 * {@code aggregateId} is the patient id. The same fields as {@code patient.registered},
 * the latest wins: copies that name or write to the patient replace theirs.
 */
@EventType(PatientUpdated.TYPE)
public record PatientUpdated(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion, String email,
		String firstName, String lastName) implements CareFlowEvent {

	public static final String TYPE = "patient.updated";

	public static PatientUpdated of(String patientId, String email, String firstName, String lastName) {
		return new PatientUpdated(UUID.randomUUID(), patientId, Instant.now(), 1, email, firstName, lastName);
	}

}
