package org.careflow.patient.admission;

import java.time.Instant;
import java.util.List;

import org.careflow.patient.departments.Department;

/** {@code GET /api/departments/{departmentId}/beds}: every bed of the department. */
record BedsView(String departmentId, String name, List<BedView> beds) {

	static BedsView of(Department department, List<BedBoard.Bed> beds) {
		return new BedsView(department.id(), department.name(), beds.stream().map(BedView::of).toList());
	}

	/**
	 * One bed, with FHIR Location's {@code operationalStatus}.
	 *
	 * @param patientId only while occupied
	 * @param since when it was occupied, or its patient left; absent while unoccupied
	 */
	record BedView(String room, String bed, Coding operationalStatus, String patientId, Instant since) {

		static BedView of(BedBoard.Bed bed) {
			return new BedView(bed.room(), bed.bed(), Coding.of(bed.status()), bed.patientId(), bed.since());
		}

	}

	/** A FHIR Coding of HL7 v2 table 0116. */
	record Coding(String system, String code, String display) {

		static Coding of(BedStatus status) {
			return new Coding(BedStatus.SYSTEM, status.code(), status.display());
		}

	}

}
