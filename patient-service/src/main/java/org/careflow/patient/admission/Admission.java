package org.careflow.patient.admission;

import java.time.Instant;

/**
 * A patient's stay in a bed (FHIR Encounter with a location): from admission to
 * discharge. A discharged admission is history and never changes again.
 */
record Admission(String id, String patientId, String departmentId, String room, String bed, Instant admittedAt,
		String admittedBy, Instant dischargedAt, String dischargedBy) {

	/** FHIR Encounter status of a current admission. */
	static final String IN_PROGRESS = "in-progress";

	/** FHIR Encounter status of an admission that ended. */
	static final String FINISHED = "finished";

	static Admission admit(String id, String patientId, BedPlace place, String by, Instant at) {
		return new Admission(id, patientId, place.departmentId(), place.room(), place.bed(), at, by, null, null);
	}

	/**
	 * @throws AdmissionConflictException if it ended already
	 */
	Admission discharge(String by, Instant at) {
		if (!isCurrent()) {
			throw new AdmissionConflictException("The patient was discharged from this admission already.");
		}
		Instant end = at.isBefore(this.admittedAt) ? this.admittedAt : at;
		return new Admission(this.id, this.patientId, this.departmentId, this.room, this.bed, this.admittedAt,
				this.admittedBy, end, by);
	}

	boolean isCurrent() {
		return this.dischargedAt == null;
	}

	String status() {
		return isCurrent() ? IN_PROGRESS : FINISHED;
	}

	BedPlace place() {
		return new BedPlace(this.departmentId, this.room, this.bed);
	}

}
