package org.careflow.appointment.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.waitlist.Waitlist;
import org.careflow.appointment.waitlist.WaitlistEntry;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patients join, see and leave the waitlist, and accept or decline the slots offered to
 * them. Everything here is the caller's own: another patient's entry or offer does not
 * exist for them (404).
 */
@RestController
@RequestMapping("/api/waitlist")
@PreAuthorize("hasRole('patient')")
@Validated
class WaitlistController {

	private final Waitlist waitlist;

	WaitlistController(Waitlist waitlist) {
		this.waitlist = waitlist;
	}

	@PostMapping
	ResponseEntity<WaitlistResponse> join(@Valid @RequestBody WaitlistRequest request, Authentication authentication) {
		WaitlistEntry entry = this.waitlist.join(actor(authentication), request.doctorId(), request.specialty(),
				request.from(), request.to());
		return ResponseEntity.created(URI.create("/api/waitlist/" + entry.id())).body(WaitlistResponse.of(entry));
	}

	@GetMapping
	ResponseEntity<List<WaitlistResponse>> mine(@Valid PageParams paging, Authentication authentication) {
		return Pages.of(this.waitlist.mine(actor(authentication), paging).stream().map(WaitlistResponse::of).toList(),
				paging);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> leave(@PathVariable @Size(max = AppointmentController.MAX_ID_LENGTH) String id,
			Authentication authentication) {
		this.waitlist.leave(actor(authentication), id);
		return ResponseEntity.noContent().build();
	}

	/** Books the offered slot: the answer is the new appointment. */
	@PostMapping("/offers/{offerId}/accept")
	ResponseEntity<AppointmentResponse> accept(
			@PathVariable @Size(max = AppointmentController.MAX_ID_LENGTH) String offerId,
			@AuthenticationPrincipal Jwt token, Authentication authentication) {
		boolean emailVerified = Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified"));
		Appointment booked = this.waitlist.accept(actor(authentication), emailVerified, offerId);
		return ResponseEntity.created(URI.create("/api/appointments/" + booked.id()))
			.body(AppointmentResponse.of(booked));
	}

	@PostMapping("/offers/{offerId}/decline")
	ResponseEntity<Void> decline(@PathVariable @Size(max = AppointmentController.MAX_ID_LENGTH) String offerId,
			Authentication authentication) {
		this.waitlist.decline(actor(authentication), offerId);
		return ResponseEntity.noContent().build();
	}

	private static Actor actor(Authentication authentication) {
		Caller caller = Caller.of(authentication);
		return new Actor(caller.id(), caller.roles());
	}

}
