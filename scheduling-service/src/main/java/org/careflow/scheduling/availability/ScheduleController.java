package org.careflow.scheduling.availability;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Weekly hours and booking rules: an admin sets anyone's, a doctor their own; any
 * signed-in user reads. Only an admin may force a change over booked appointments.
 */
@RestController
@RequestMapping("/api/schedules/{doctorId}")
class ScheduleController {

	private final Schedules schedules;

	private final ScheduleChanges changes;

	ScheduleController(Schedules schedules, ScheduleChanges changes) {
		this.schedules = schedules;
		this.changes = changes;
	}

	@PutMapping
	@PreAuthorize("hasRole('admin') or (!#force and hasRole('doctor') and #doctorId == authentication.name)")
	ScheduleResponse put(@PathVariable @DoctorId String doctorId, @Valid @RequestBody ScheduleRequest request,
			@RequestParam(defaultValue = "false") boolean force) {
		return ScheduleResponse.of(this.changes.put(doctorId, request.toSchedule(doctorId), request.toRules(), force));
	}

	@GetMapping
	ScheduleResponse get(@PathVariable @DoctorId String doctorId) {
		return this.schedules.find(doctorId)
			.map(ScheduleResponse::of)
			.orElseThrow(() -> new ScheduleNotFoundException(doctorId));
	}

}
