package org.careflow.appointment.web;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.careflow.appointment.booking.Appointments;
import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.platform.security.Caller;

import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/patients/{patientId}/export}: what this service holds about a
 * patient — their appointments, each as the patient reads it (visit included) — for the
 * export patient-service assembles ({@code GET /api/patients/me/export}). Services only
 * ({@code /internal/**} takes a service token). At most {@value #MAX_APPOINTMENTS},
 * newest first; {@code truncated} says when there were more.
 */
@RestController
@Validated
class InternalExportController {

	static final int MAX_APPOINTMENTS = 1000;

	private final Appointments appointments;

	InternalExportController(Appointments appointments) {
		this.appointments = appointments;
	}

	@GetMapping("/internal/patients/{patientId}/export")
	PatientExport export(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String patientId,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		List<Appointment> found = this.appointments.exportOf(new Actor(caller.id(), caller.roles()), patientId,
				MAX_APPOINTMENTS + 1);
		return new PatientExport(found.stream().limit(MAX_APPOINTMENTS).map(AppointmentResponse::of).toList(),
				found.size() > MAX_APPOINTMENTS);
	}

	/** A patient's appointments as exported. */
	record PatientExport(List<AppointmentResponse> appointments, boolean truncated) {
	}

}
