package org.careflow.patient.admission;

import java.time.Instant;

/**
 * An admission as the API answers it; {@code status} as FHIR Encounter's:
 * {@code in-progress}, {@code finished}.
 */
record AdmissionView(String id, String patientId, String status, String departmentId, String room, String bed,
		Instant admittedAt, String admittedBy, Instant dischargedAt, String dischargedBy) {

	static AdmissionView of(Admission a) {
		return new AdmissionView(a.id(), a.patientId(), a.status(), a.departmentId(), a.room(), a.bed(), a.admittedAt(),
				a.admittedBy(), a.dischargedAt(), a.dischargedBy());
	}

}
