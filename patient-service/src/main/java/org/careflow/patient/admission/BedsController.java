package org.careflow.patient.admission;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.careflow.patient.departments.Department;
import org.careflow.patient.departments.Departments;
import org.careflow.platform.security.Caller;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's beds: the board ({@code GET}) and marking a cleaned bed ready
 * ({@code POST …/ready}). The gateway routes {@code /api/departments/*}{@code /beds/**}
 * here (the rest of {@code /api/departments} is doctor-service's). Answered from this
 * service's copy of the departments, so doctor-service being down changes nothing.
 */
@RestController
@RequestMapping(BedsController.PATH)
class BedsController {

	static final String PATH = "/api/departments/{departmentId}/beds";

	/** The board shows who lies where: one audit entry per patient shown. */
	static final String RESOURCE = "bed-occupancy";

	private final Departments departments;

	private final BedOccupancies occupancies;

	private final Admitting admitting;

	private final AdmissionAccess access;

	BedsController(Departments departments, BedOccupancies occupancies, Admitting admitting, AdmissionAccess access) {
		this.departments = departments;
		this.occupancies = occupancies;
		this.admitting = admitting;
		this.access = access;
	}

	@GetMapping
	BedsView board(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String departmentId,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		this.access.requireRole(caller, AdmissionAction.VIEW_BEDS);
		Department department = this.departments.find(departmentId)
			.orElseThrow(() -> new DepartmentNotFoundException(departmentId));
		List<BedBoard.Bed> beds = BedBoard.of(department, this.occupancies.ofDepartment(departmentId));
		beds.stream()
			.map(BedBoard.Bed::patientId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((patientId) -> this.access.audited(caller, "read", RESOURCE, departmentId, patientId));
		return BedsView.of(department, beds);
	}

	@PostMapping("/ready")
	BedsView.BedView ready(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String departmentId,
			@Valid @RequestBody BedRequest request, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		this.access.requireRole(caller, AdmissionAction.MARK_READY);
		this.admitting.markReady(departmentId, request.room(), request.bed());
		return BedsView.BedView.of(new BedBoard.Bed(request.room(), request.bed(), BedStatus.UNOCCUPIED, null, null));
	}

}
