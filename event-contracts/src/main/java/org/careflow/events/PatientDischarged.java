package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A patient was discharged and their bed freed; {@code aggregateId} is the patient id.
 * Where, not why, as for {@link PatientAdmitted}.
 */
@EventType(PatientDischarged.TYPE)
public record PatientDischarged(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String admissionId, String departmentId, String room, String bed) implements CareFlowEvent {

	public static final String TYPE = "patient.discharged";

	public static PatientDischarged of(String patientId, String admissionId, String departmentId, String room,
			String bed) {
		return new PatientDischarged(UUID.randomUUID(), patientId, Instant.now(), 1, admissionId, departmentId, room,
				bed);
	}

}
