package org.careflow.doctor.staff;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts: admins add, list and deactivate them; each may read their own. */
@RestController
@RequestMapping("/api/staff")
class StaffController {

	private final StaffEnrolment enrolment;

	private final StaffDeactivation deactivation;

	private final StaffStore staff;

	StaffController(StaffEnrolment enrolment, StaffDeactivation deactivation, StaffStore staff) {
		this.enrolment = enrolment;
		this.deactivation = deactivation;
		this.staff = staff;
	}

	@PostMapping
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<StaffResponse> add(@Valid @RequestBody StaffRequest request) {
		StaffMember member = this.enrolment.enrol(request.member());
		return ResponseEntity.created(URI.create("/api/staff/" + member.id())).body(StaffResponse.of(member));
	}

	/** By last name, then first name, a page at a time; inactive members included. */
	@GetMapping
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<List<StaffResponse>> list(
			@RequestParam(required = false) @Pattern(regexp = StaffRole.NAMES,
					message = "must be nurse, pharmacist or doctor") String role,
			@RequestParam(required = false) @Size(max = 64) String departmentId, @Valid PageParams paging) {
		StaffRole staffRole = (role != null) ? StaffRole.of(role).orElseThrow() : null;
		String department = (departmentId != null && !departmentId.isBlank()) ? departmentId.strip() : null;
		return Pages.of(this.staff.page(staffRole, department, paging).stream().map(StaffResponse::of).toList(),
				paging);
	}

	/**
	 * An admin, or the staff member themself; anyone else is refused before the record is
	 * looked up, so a 403 tells nothing about which ids exist.
	 */
	@GetMapping("/{id}")
	StaffResponse byId(@PathVariable @Size(max = 64) String id, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		if (!caller.is("admin") && !caller.id().equals(id)) {
			throw new AccessDeniedException("Only an admin or the staff member may read this record");
		}
		return this.staff.find(id).map(StaffResponse::of).orElseThrow(() -> new StaffNotFoundException(id));
	}

	/**
	 * Deactivates; for a doctor, {@code force=true} withdraws their bookings ahead (the
	 * patients are told) instead of refusing with 409.
	 */
	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<Void> deactivate(@PathVariable @Size(max = 64) String id,
			@RequestParam(defaultValue = "false") boolean force) {
		this.deactivation.deactivate(id, force);
		return ResponseEntity.noContent().build();
	}

}
