package org.careflow.patient.admission;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Who lies in a department's beds now: one patient per occupied bed, so the answer is
 * bounded by the department's beds.
 */
@Component
public class DepartmentOccupants {

	private final BedOccupancies beds;

	DepartmentOccupants(BedOccupancies beds) {
		this.beds = beds;
	}

	/** The ids of the patients admitted to the department's beds, in id order. */
	public List<String> of(String departmentId) {
		return this.beds.ofDepartment(departmentId)
			.stream()
			.filter((occupancy) -> occupancy.status() == BedStatus.OCCUPIED)
			.map(BedOccupancy::patientId)
			.sorted()
			.toList();
	}

}
