package org.careflow.scheduling.doctors;

import org.careflow.scheduling.availability.DoctorId;
import org.careflow.scheduling.availability.ScheduleChanges;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal (not routed by the gateway): doctor-service retires a doctor an admin
 * deactivates, before it says so in {@code doctor.updated}, so that their booked
 * appointments are not orphaned silently. Their upcoming bookings make it a 409 (listing
 * them, nothing changed) unless forced, and forced they are withdrawn exactly as by a
 * forced schedule change. Service tokens only. Idempotent: retiring again is a 204.
 */
@RestController
class RetirementController {

	private final ScheduleChanges changes;

	private final DoctorDirectory directory;

	RetirementController(ScheduleChanges changes, DoctorDirectory directory) {
		this.changes = changes;
		this.directory = directory;
	}

	@PreAuthorize("hasRole('service')")
	@PostMapping("/internal/doctors/{doctorId}/retirement")
	ResponseEntity<Void> retire(@PathVariable @DoctorId String doctorId,
			@RequestParam(defaultValue = "false") boolean force) {
		// the schedule first: a 409 there leaves the doctor listed, as nothing changed
		this.changes.retire(doctorId, force);
		this.directory.retire(doctorId);
		return ResponseEntity.noContent().build();
	}

}
