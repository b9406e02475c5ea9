package org.careflow.appointment.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.careflow.appointment.booking.Appointments;
import org.careflow.appointment.booking.Booking;
import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patients book and cancel their appointments; doctors see and run theirs; nurses record
 * vital signs. Appointments of others are reported as not found.
 */
@RestController
@RequestMapping("/api/appointments")
class AppointmentController {

	private final Appointments appointments;

	AppointmentController(Appointments appointments) {
		this.appointments = appointments;
	}

	@PostMapping
	@PreAuthorize("hasRole('patient')")
	ResponseEntity<AppointmentResponse> book(@Valid @RequestBody BookingRequest request,
			@AuthenticationPrincipal Jwt token) {
		Appointment booked = this.appointments.book(new Booking(token.getSubject(), request.doctorId(), request.start(),
				request.reason(), token.getTokenValue()));
		// relative, so it stays right behind the gateway, which routes the same path
		URI location = URI.create("/api/appointments/" + booked.id());
		return ResponseEntity.created(location).body(AppointmentResponse.of(booked));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('patient', 'doctor')")
	List<AppointmentResponse> mine(Authentication authentication) {
		return this.appointments.mine(actor(authentication)).stream().map(AppointmentResponse::of).toList();
	}

	@GetMapping("/{id}")
	AppointmentResponse get(@PathVariable String id, Authentication authentication) {
		return AppointmentResponse.of(this.appointments.get(id, actor(authentication)));
	}

	@PutMapping("/{id}/visit")
	@PreAuthorize("hasAnyRole('doctor', 'nurse')")
	AppointmentResponse recordVisit(@PathVariable String id, @Valid @RequestBody VisitRequest request,
			Authentication authentication) {
		return AppointmentResponse.of(this.appointments.recordVisit(id, actor(authentication), request.toEntry()));
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAnyRole('patient', 'doctor')")
	AppointmentResponse cancel(@PathVariable String id, @Valid @RequestBody(required = false) CancelRequest request,
			Authentication authentication) {
		String reason = (request != null) ? request.reason() : null;
		return AppointmentResponse.of(this.appointments.cancel(id, actor(authentication), reason));
	}

	private static Actor actor(Authentication authentication) {
		Caller caller = Caller.of(authentication);
		return new Actor(caller.id(), caller.roles());
	}

}
