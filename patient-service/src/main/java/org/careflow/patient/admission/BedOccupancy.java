package org.careflow.patient.admission;

import java.time.Instant;

/**
 * A bed that is not free: occupied by an admission (with its patient) or being cleaned
 * after a discharge. A bed without one is unoccupied.
 *
 * @param patientId the patient lying in it; null while in housekeeping
 * @param since when it was occupied, or when its patient left
 */
record BedOccupancy(BedPlace place, BedStatus status, String patientId, String admissionId, Instant since) {

	static BedOccupancy occupied(BedPlace place, String patientId, String admissionId, Instant since) {
		return new BedOccupancy(place, BedStatus.OCCUPIED, patientId, admissionId, since);
	}

}
