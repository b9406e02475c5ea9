package org.careflow.scheduling.availability;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Blocked time and date overrides of a doctor: the doctor themself and admins change them
 * (only an admin may force a change over booked appointments); nurses read them too.
 */
@RestController
@RequestMapping("/api/schedules/{doctorId}/exceptions")
class ExceptionController {

	static final String OWNER_OR_ADMIN = "hasRole('admin') or (!#force and hasRole('doctor') and #doctorId == authentication.name)";

	private final ScheduleChanges changes;

	ExceptionController(ScheduleChanges changes) {
		this.changes = changes;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('admin', 'nurse') or (hasRole('doctor') and #doctorId == authentication.name)")
	List<ExceptionResponse> list(@PathVariable @DoctorId String doctorId) {
		return this.changes.upcomingExceptions(doctorId).stream().map(ExceptionResponse::of).toList();
	}

	@PostMapping
	@PreAuthorize(OWNER_OR_ADMIN)
	ResponseEntity<ExceptionResponse> add(@PathVariable @DoctorId String doctorId,
			@Valid @RequestBody ExceptionRequest request, @RequestParam(defaultValue = "false") boolean force) {
		ScheduleException added = this.changes.addException(doctorId, request::toException, force);
		return ResponseEntity.created(URI.create("/api/schedules/" + doctorId + "/exceptions/" + added.id()))
			.body(ExceptionResponse.of(added));
	}

	@DeleteMapping("/{exceptionId}")
	@PreAuthorize(OWNER_OR_ADMIN)
	ResponseEntity<Void> remove(@PathVariable @DoctorId String doctorId,
			@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}",
					message = "must be 1 to 64 letters, digits or hyphens") String exceptionId,
			@RequestParam(defaultValue = "false") boolean force) {
		this.changes.removeException(doctorId, exceptionId, force);
		return ResponseEntity.noContent().build();
	}

}
