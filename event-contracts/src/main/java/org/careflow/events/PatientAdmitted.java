package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A patient was admitted to a bed; {@code aggregateId} is the patient id (so a patient's
 * admissions and discharges stay in order). Where, not why: the admission reason and
 * anything clinical stay in patient-service.
 */
@EventType(PatientAdmitted.TYPE)
public record PatientAdmitted(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String admissionId, String departmentId, String room, String bed) implements CareFlowEvent {

	public static final String TYPE = "patient.admitted";

	public static PatientAdmitted of(String patientId, String admissionId, String departmentId, String room,
			String bed) {
		return new PatientAdmitted(UUID.randomUUID(), patientId, Instant.now(), 1, admissionId, departmentId, room,
				bed);
	}

}
