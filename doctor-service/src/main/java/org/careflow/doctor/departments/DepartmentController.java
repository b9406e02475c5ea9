package org.careflow.doctor.departments;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.careflow.doctor.web.DoctorSummary;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Departments: anyone signed in may read them (patients see where they are going), only
 * admins change them; who works in one is for staff only.
 */
@RestController
@RequestMapping("/api/departments")
class DepartmentController {

	static final String STAFF = "hasAnyRole('doctor', 'nurse', 'pharmacist', 'admin')";

	private final DepartmentAdministration administration;

	private final Departments departments;

	private final DepartmentDoctors members;

	DepartmentController(DepartmentAdministration administration, Departments departments, DepartmentDoctors members) {
		this.administration = administration;
		this.departments = departments;
		this.members = members;
	}

	/** By name, a page at a time, without rooms. */
	@GetMapping
	ResponseEntity<List<DepartmentSummary>> list(@Valid PageParams paging) {
		return Pages.of(this.departments.page(paging), paging);
	}

	@PostMapping
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<DepartmentResponse> add(@Valid @RequestBody DepartmentRequest request) {
		Department department = this.administration.create(request.content());
		return ResponseEntity.created(URI.create("/api/departments/" + department.id()))
			.body(DepartmentResponse.of(department));
	}

	@GetMapping("/{id}")
	DepartmentResponse byId(@PathVariable @Size(max = 64) String id) {
		return DepartmentResponse.of(this.administration.find(id));
	}

	/** Replaces everything but the id, if {@code version} is still the current one. */
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('admin')")
	DepartmentResponse replace(@PathVariable @Size(max = 64) String id, @Valid @RequestBody DepartmentRequest request) {
		return DepartmentResponse.of(this.administration.replace(id, request.readVersion(), request.content()));
	}

	/** Only an empty department: its doctors would otherwise belong to nothing. */
	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<Void> remove(@PathVariable @Size(max = 64) String id) {
		this.administration.remove(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/doctors")
	@PreAuthorize(STAFF)
	ResponseEntity<List<DoctorSummary>> doctors(@PathVariable @Size(max = 64) String id, @Valid PageParams paging) {
		if (!this.departments.exists(id)) {
			throw new DepartmentNotFoundException(id);
		}
		return Pages.of(this.members.page(id, paging).map(DoctorSummary::of), paging);
	}

}
