package org.careflow.doctor.departments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careflow.doctor.web.DoctorSummary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Which department a doctor works in: an admin decides. */
@RestController
class DoctorDepartmentController {

	private final DepartmentAdministration administration;

	DoctorDepartmentController(DepartmentAdministration administration) {
		this.administration = administration;
	}

	/**
	 * {@code {"departmentId": null}} (or no departmentId) takes the doctor out of theirs.
	 */
	@PutMapping("/api/doctors/{id}/department")
	@PreAuthorize("hasRole('admin')")
	DoctorSummary assign(@PathVariable @Size(max = 64) String id, @Valid @RequestBody DepartmentAssignment request) {
		return DoctorSummary.of(this.administration.assign(id, request.departmentId()));
	}

	/** Blank is no id at all; only null means "no department". */
	record DepartmentAssignment(@Size(max = 64) @Pattern(regexp = "\\S+",
			message = "must be a department id, or null for none") String departmentId) {
	}

}
