package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The retention period of a deactivated patient ended and patient-service cleared their
 * personal fields; {@code aggregateId} is the patient id. Services holding a copy of the
 * patient's name or address drop it for good (a late or replayed
 * {@code patient.registered} or {@code patient.updated} does not bring it back); records
 * keep the id only.
 */
@EventType(PatientAnonymised.TYPE)
public record PatientAnonymised(UUID eventId, String aggregateId, Instant occurredAt,
		int schemaVersion) implements CareFlowEvent {

	public static final String TYPE = "patient.anonymised";

	public static PatientAnonymised of(String patientId) {
		return new PatientAnonymised(UUID.randomUUID(), patientId, Instant.now(), 1);
	}

}
