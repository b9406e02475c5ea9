package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A prescription can no longer be filled: {@code status} is {@code cancelled} (the
 * prescriber stopped it) or {@code entered-in-error} (it should never have existed);
 * {@code aggregateId} is the prescription id. Its QR code verifies as revoked from now
 * on.
 */
@EventType(PrescriptionRevoked.TYPE)
public record PrescriptionRevoked(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String status) implements CareFlowEvent {

	public static final String TYPE = "prescription.revoked";

	public static PrescriptionRevoked of(String prescriptionId, String patientId, String status) {
		return new PrescriptionRevoked(UUID.randomUUID(), prescriptionId, Instant.now(), 1, patientId, status);
	}

}
