package org.careflow.scheduling.availability;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Weekly hours: an admin sets anyone's, a doctor their own; any signed-in user reads. */
@RestController
@RequestMapping("/api/schedules/{doctorId}")
class ScheduleController {

	private final Schedules schedules;

	ScheduleController(Schedules schedules) {
		this.schedules = schedules;
	}

	@PutMapping
	@PreAuthorize("hasRole('admin') or (hasRole('doctor') and #doctorId == authentication.name)")
	ScheduleResponse put(@PathVariable @DoctorId String doctorId, @Valid @RequestBody ScheduleRequest request) {
		return ScheduleResponse.of(this.schedules.save(request.toSchedule(doctorId)));
	}

	@GetMapping
	ScheduleResponse get(@PathVariable @DoctorId String doctorId) {
		return this.schedules.find(doctorId)
			.map(ScheduleResponse::of)
			.orElseThrow(() -> new ScheduleNotFoundException(doctorId));
	}

}
