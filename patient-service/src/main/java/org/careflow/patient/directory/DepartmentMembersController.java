package org.careflow.patient.directory;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.careflow.patient.admission.DepartmentOccupants;
import org.careflow.patient.directory.PatientDirectory.DepartmentPatients;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/departments/{departmentId}/members} (services only: doctor-service
 * asks before it removes a department): the department's active patients and the patients
 * lying in its beds. Ids and counts only.
 */
@RestController
@Validated
class DepartmentMembersController {

	/** How many ids of each kind are named; the counts say how many there are. */
	static final int MAX_LISTED = 20;

	private final PatientDirectory directory;

	private final DepartmentOccupants occupants;

	DepartmentMembersController(PatientDirectory directory, DepartmentOccupants occupants) {
		this.directory = directory;
		this.occupants = occupants;
	}

	@GetMapping("/internal/departments/{departmentId}/members")
	DepartmentMembers members(@PathVariable @Size(max = 64) String departmentId) {
		DepartmentPatients patients = this.directory.activeIn(departmentId, MAX_LISTED);
		List<String> admitted = this.occupants.of(departmentId);
		return new DepartmentMembers(patients.ids(), patients.count(),
				admitted.subList(0, Math.min(admitted.size(), MAX_LISTED)), admitted.size());
	}

	/**
	 * @param patientIds up to {@value #MAX_LISTED} of the patients whose profile names
	 * the department
	 * @param admittedPatientIds up to {@value #MAX_LISTED} of those lying in its beds
	 */
	record DepartmentMembers(List<String> patientIds, long patientCount, List<String> admittedPatientIds,
			long admittedCount) {
	}

}
