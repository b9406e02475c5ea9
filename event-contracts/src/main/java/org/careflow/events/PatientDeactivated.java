package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin deactivated a patient: their login is disabled and their profile is kept until
 * the retention period ends; {@code aggregateId} is the patient id. appointment-service
 * cancels the patient's future appointments (each with its own
 * {@code appointment.cancelled}, so the patient and doctors are told).
 */
@EventType(PatientDeactivated.TYPE)
public record PatientDeactivated(UUID eventId, String aggregateId, Instant occurredAt,
		int schemaVersion) implements CareFlowEvent {

	public static final String TYPE = "patient.deactivated";

	public static PatientDeactivated of(String patientId) {
		return new PatientDeactivated(UUID.randomUUID(), patientId, Instant.now(), 1);
	}

}
