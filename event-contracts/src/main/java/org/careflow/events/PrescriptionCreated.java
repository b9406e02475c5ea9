package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A prescriber wrote a prescription; {@code aggregateId} is the prescription id. Ids and
 * times only: the medication stays in patient-service. {@code validUntil} is when it can
 * no longer be filled.
 */
@EventType(PrescriptionCreated.TYPE)
public record PrescriptionCreated(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String prescriberId, Instant validUntil) implements CareFlowEvent {

	public static final String TYPE = "prescription.created";

	public static PrescriptionCreated of(String prescriptionId, String patientId, String prescriberId,
			Instant validUntil) {
		return new PrescriptionCreated(UUID.randomUUID(), prescriptionId, Instant.now(), 1, patientId, prescriberId,
				validUntil);
	}

}
