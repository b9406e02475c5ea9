package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A pharmacist dispensed a prescription, in full or in part; {@code aggregateId} is the
 * prescription id. {@code refillsRemaining} is how many fills are left after this one
 * ({@code 0}: the prescription is completed). No medication or quantity.
 */
@EventType(PrescriptionFilled.TYPE)
public record PrescriptionFilled(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String pharmacistId, int refillsRemaining) implements CareFlowEvent {

	public static final String TYPE = "prescription.filled";

	public static PrescriptionFilled of(String prescriptionId, String patientId, String pharmacistId,
			int refillsRemaining) {
		return new PrescriptionFilled(UUID.randomUUID(), prescriptionId, Instant.now(), 1, patientId, pharmacistId,
				refillsRemaining);
	}

}
