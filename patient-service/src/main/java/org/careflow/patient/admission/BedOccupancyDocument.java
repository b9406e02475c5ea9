package org.careflow.patient.admission;

import java.time.Instant;

/**
 * A bed that is not free, as stored: {@code id} is the bed's key
 * ({@link BedPlace#key()}), so the store itself refuses a second occupancy of one bed.
 * {@code admissionId} stays through housekeeping, so a discharge retried after a failure
 * finds its bed again.
 */
record BedOccupancyDocument(String id, String departmentId, String room, String bed, String status, String patientId,
		String admissionId, Instant since) {

	static BedOccupancyDocument of(BedOccupancy occupancy) {
		BedPlace place = occupancy.place();
		return new BedOccupancyDocument(place.key(), place.departmentId(), place.room(), place.bed(),
				occupancy.status().name(), occupancy.patientId(), occupancy.admissionId(), occupancy.since());
	}

	BedOccupancy toOccupancy() {
		return new BedOccupancy(new BedPlace(this.departmentId, this.room, this.bed), BedStatus.valueOf(this.status),
				this.patientId, this.admissionId, this.since);
	}

}
