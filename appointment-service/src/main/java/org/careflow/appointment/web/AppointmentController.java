package org.careflow.appointment.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.careflow.appointment.booking.Appointments;
import org.careflow.appointment.booking.Booking;
import org.careflow.appointment.booking.Bookings;
import org.careflow.appointment.booking.Reschedules;
import org.careflow.appointment.domain.ActionNotAllowedException;
import org.careflow.appointment.domain.Actor;
import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.patients.PatientNames;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

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
 * vital signs on the day's appointments; the front desk (nurses, admins) checks patients
 * in and marks no-shows. Appointments of others are reported as not found.
 */
@RestController
@RequestMapping("/api/appointments")
class AppointmentController {

	/** Ids are UUIDs; a longer one names no appointment and is refused unread. */
	static final int MAX_ID_LENGTH = 64;

	private final Bookings bookings;

	private final Appointments appointments;

	private final Reschedules reschedules;

	private final PatientNames patientNames;

	AppointmentController(Bookings bookings, Appointments appointments, Reschedules reschedules,
			PatientNames patientNames) {
		this.bookings = bookings;
		this.appointments = appointments;
		this.reschedules = reschedules;
		this.patientNames = patientNames;
	}

	/**
	 * A patient books for themself; an admin, or a doctor on their own calendar, may only
	 * overbook (an extra patient into a taken slot).
	 */
	@Operation(summary = "Book a slot",
			description = "Roles: a patient with a verified email books for themself; an admin, or the doctor on their own calendar, only overbooks (overbook: true, patientId, overbookReason). Header Idempotency-Key: a retry within 24 h gets the first answer.")
	@PostMapping
	@PreAuthorize("hasAnyRole('patient', 'doctor', 'admin')")
	ResponseEntity<AppointmentResponse> book(@Valid @RequestBody BookingRequest request,
			@AuthenticationPrincipal Jwt token, Authentication authentication) {
		Actor actor = actor(authentication);
		boolean staff = actor.isAdmin() || actor.isDoctor();
		if (staff != request.isOverbooking()) {
			throw new ActionNotAllowedException(staff ? "Staff book only by overbooking (overbook: true)."
					: "Only an admin, or the doctor on their own calendar, may overbook.");
		}
		request.requireConsistent();
		Appointment booked = staff
				? this.bookings.overbook(actor, request.patientId(), request.doctorId(), request.start(),
						request.reason(), request.overbookReason())
				: this.bookings.book(new Booking(actor, Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified")),
						request.doctorId(), request.start(), request.reason(), request.holdId()));
		// relative, so it stays right behind the gateway, which routes the same path
		URI location = URI.create("/api/appointments/" + booked.id());
		return ResponseEntity.created(location).body(AppointmentResponse.of(booked));
	}

	/**
	 * The caller's own appointments (a patient's, a doctor's), a doctor's day
	 * ({@code ?doctorId=&date=}) or a patient's history ({@code ?patientId=}).
	 */
	@Operation(summary = "List appointments",
			description = "Roles: a patient or doctor their own (no filter); a doctor's day (doctorId and date): that doctor, a nurse, an admin; a patient's history (patientId): the patient, their doctors, an admin (times and statuses only). Paged, Link rel=next.")
	@GetMapping
	@PreAuthorize("hasAnyRole('patient', 'doctor', 'nurse', 'admin')")
	ResponseEntity<? extends List<?>> list(@Valid PageParams paging, @Valid AppointmentFilter filter,
			Authentication authentication) {
		filter.requireConsistent();
		Actor actor = actor(authentication);
		if (filter.isDoctorsDay()) {
			return doctorsDay(actor, filter, paging);
		}
		if (filter.isPatientHistory()) {
			List<AppointmentView> history = this.appointments.history(actor, filter.patientId(), paging)
				.stream()
				.map((appointment) -> historyView(appointment, actor))
				.toList();
			return Pages.of(history, paging);
		}
		if (!actor.isDoctor() && !actor.roles().contains("patient")) {
			throw new ActionNotAllowedException("Nurses and admins list a doctor's day (doctorId and date) or a "
					+ "patient's history (patientId).");
		}
		List<AppointmentResponse> fetched = this.appointments.mine(actor, paging)
			.stream()
			.map(AppointmentResponse::of)
			.toList();
		return Pages.of(fetched, paging);
	}

	private ResponseEntity<List<DayEntry>> doctorsDay(Actor actor, AppointmentFilter filter, PageParams paging) {
		List<Appointment> day = this.appointments.doctorsDay(actor, filter.doctorId(), filter.date());
		List<Appointment> page = day.subList((int) Math.min(paging.offset(), day.size()),
				(int) Math.min(paging.offset() + paging.fetchSize(), day.size()));
		Map<String, String> names = this.patientNames
			.of(page.stream().map(Appointment::patientId).collect(Collectors.toSet()));
		return Pages.of(page.stream().map((entry) -> DayEntry.of(entry, names.get(entry.patientId()))).toList(),
				paging);
	}

	/**
	 * In a patient's history the patient and their doctors see each visit whole (the
	 * chart of the patient they treat); an admin sees when and where it stands, no
	 * clinical data.
	 */
	private static AppointmentView historyView(Appointment appointment, Actor actor) {
		return actor.isAdmin() && !appointment.isVisibleTo(actor) ? FrontDeskResponse.of(appointment)
				: AppointmentResponse.of(appointment);
	}

	@Operation(summary = "Read one appointment", description = "Roles: its patient, its doctor; anyone else gets 404.")
	@GetMapping("/{id}")
	AppointmentResponse get(@PathVariable @Size(max = MAX_ID_LENGTH) String id, Authentication authentication) {
		return AppointmentResponse.of(this.appointments.get(id, actor(authentication)));
	}

	/** Its doctor sees the whole appointment; a nurse only what vitals need. */
	@Operation(summary = "Record the visit",
			description = "Roles: its doctor (vitals and notes); a nurse vital signs only, on the appointment's day.")
	@PutMapping("/{id}/visit")
	@PreAuthorize("hasAnyRole('doctor', 'nurse')")
	AppointmentView recordVisit(@PathVariable @Size(max = MAX_ID_LENGTH) String id,
			@Valid @RequestBody VisitRequest request, Authentication authentication) {
		Actor actor = actor(authentication);
		return AppointmentView.of(this.appointments.recordVisit(id, actor, request.toEntry()), actor);
	}

	@Operation(summary = "Cancel", description = "Roles: its patient or its doctor; the slot is free again at once.")
	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAnyRole('patient', 'doctor')")
	AppointmentResponse cancel(@PathVariable @Size(max = MAX_ID_LENGTH) String id,
			@Valid @RequestBody(required = false) CancelRequest request, Authentication authentication) {
		String reason = (request != null) ? request.reason() : null;
		return AppointmentResponse.of(this.appointments.cancel(id, actor(authentication), reason));
	}

	/**
	 * Moves a booked appointment to another slot of its doctor: the answer is the new
	 * appointment; the old one is cancelled ("rescheduled") and points to it.
	 */
	@Operation(summary = "Reschedule to another slot of its doctor",
			description = "Roles: its patient, its doctor, an admin. The answer is the new appointment; the old one is cancelled (rescheduled). Header Idempotency-Key.")
	@PostMapping("/{id}/reschedule")
	@PreAuthorize("hasAnyRole('patient', 'doctor', 'admin')")
	ResponseEntity<AppointmentResponse> reschedule(@PathVariable @Size(max = MAX_ID_LENGTH) String id,
			@Valid @RequestBody RescheduleRequest request, Authentication authentication) {
		Appointment next = this.reschedules.reschedule(id, actor(authentication), request.start(), request.holdId());
		return ResponseEntity.created(URI.create("/api/appointments/" + next.id())).body(AppointmentResponse.of(next));
	}

	/**
	 * It should never have existed: marked so, with the reason, by an admin or its
	 * doctor.
	 */
	@Operation(summary = "Mark entered in error", description = "Roles: an admin, its doctor.")
	@PostMapping("/{id}/entered-in-error")
	@PreAuthorize("hasAnyRole('admin', 'doctor')")
	AppointmentView enterInError(@PathVariable @Size(max = MAX_ID_LENGTH) String id,
			@Valid @RequestBody EnteredInErrorRequest request, Authentication authentication) {
		Actor actor = actor(authentication);
		return AppointmentView.ofStatus(this.appointments.enterInError(id, actor, request.reason()), actor);
	}

	/** The patient has arrived; from an hour before the start until the end. */
	@Operation(summary = "Check the patient in",
			description = "Roles: a nurse, an admin, its doctor; from an hour before the start until the end.")
	@PostMapping("/{id}/check-in")
	@PreAuthorize("hasAnyRole('nurse', 'admin', 'doctor')")
	AppointmentView checkIn(@PathVariable @Size(max = MAX_ID_LENGTH) String id, Authentication authentication) {
		Actor actor = actor(authentication);
		return AppointmentView.ofStatus(this.appointments.checkIn(id, actor), actor);
	}

	/** Its doctor closes an appointment the patient arrived for. */
	@Operation(summary = "Complete", description = "Roles: its doctor, once the patient arrived.")
	@PostMapping("/{id}/complete")
	@PreAuthorize("hasRole('doctor')")
	AppointmentResponse complete(@PathVariable @Size(max = MAX_ID_LENGTH) String id, Authentication authentication) {
		return AppointmentResponse.of(this.appointments.complete(id, actor(authentication)));
	}

	/** The patient did not come; from the start on. */
	@Operation(summary = "Mark a no-show", description = "Roles: a nurse, an admin, its doctor; from the start on.")
	@PostMapping("/{id}/no-show")
	@PreAuthorize("hasAnyRole('nurse', 'admin', 'doctor')")
	AppointmentView markNoShow(@PathVariable @Size(max = MAX_ID_LENGTH) String id, Authentication authentication) {
		Actor actor = actor(authentication);
		return AppointmentView.ofStatus(this.appointments.markNoShow(id, actor), actor);
	}

	private static Actor actor(Authentication authentication) {
		Caller caller = Caller.of(authentication);
		return new Actor(caller.id(), caller.roles());
	}

}
