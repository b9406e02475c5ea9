package org.careflow.patient.web;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import org.careflow.patient.care.CareRelations;
import org.careflow.patient.domain.ContactDetails;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientNotFoundException;
import org.careflow.patient.domain.PatientProfiles;
import org.careflow.patient.domain.ProfileAccess;
import org.careflow.patient.domain.StaleProfileException;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.security.Caller;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Profiles: a patient reads their own and keeps their contact details up to date; staff
 * read anyone's, and change the whole of it (a doctor for a patient in their care). Every
 * read and change is audited, never with the profile itself.
 */
@RestController
@RequestMapping("/api/patients")
class ProfileController {

	static final String MERGE_PATCH_JSON = "application/merge-patch+json";

	/** A patient's change races only with their own or a staff member's: rarely twice. */
	private static final int PATCH_ATTEMPTS = 3;

	private final PatientProfiles profiles;

	private final CareRelations care;

	private final AuditTrail audit;

	private final Clock clock;

	private final LoginEmails loginEmails;

	ProfileController(PatientProfiles profiles, CareRelations care, AuditTrail audit, Clock clock,
			LoginEmails loginEmails) {
		this.profiles = profiles;
		this.loginEmails = loginEmails;
		this.care = care;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The patient's own profile, which first takes on the address of their login when
	 * they changed and verified it on their account page (Keycloak): the profile, and
	 * through {@code patient.updated} the emails, follow the login.
	 */
	@Operation(summary = "Read my profile", description = "Roles: patient (their own).")
	@GetMapping("/me")
	@PreAuthorize("hasRole('patient')")
	PatientProfile me(Authentication authentication, @AuthenticationPrincipal Jwt token) {
		Caller caller = Caller.of(authentication);
		Patient current = this.profiles.find(caller.id()).orElseThrow(() -> new PatientNotFoundException(caller.id()));
		Patient shown = this.loginEmails.follow(current, token);
		this.audit.record(caller, "read", "patient", caller.id(), caller.id(), AuditOutcome.SUCCESS);
		return PatientProfile.of(shown, today());
	}

	@Operation(summary = "Read a patient's profile",
			description = "Roles: the patient themself; staff (admin, doctor, nurse) for any id.")
	@GetMapping("/{id}")
	PatientProfile byId(@PathVariable @Size(max = 64) String id, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		if (!ProfileAccess.mayView(caller.id(), caller.roles(), id)) {
			this.audit.record(caller, "read", "patient", id, id, AuditOutcome.DENIED);
			throw new AccessDeniedException("Not allowed to read patient " + id);
		}
		return read(caller, id);
	}

	/**
	 * The patient's own change (RFC 7396 merge patch) of their phone, address, language
	 * and emergency contacts. Applied to the profile as it is now: a change racing with
	 * another is applied again to the newer profile, a few times at most.
	 */
	@Operation(summary = "Change my contact details",
			description = "Roles: patient. RFC 7396 merge patch of phone, address, language and emergency contacts; any other field is a 400 naming it.")
	@PatchMapping(path = "/me", consumes = { MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasRole('patient')")
	PatientProfile changeOwn(@RequestBody byte[] body, Authentication authentication,
			@AuthenticationPrincipal Jwt token) {
		Caller caller = Caller.of(authentication);
		var patch = ProfileReader.object(body);
		for (int attempt = 1;; attempt++) {
			Patient current = this.loginEmails.follow(
					this.profiles.find(caller.id()).orElseThrow(() -> new PatientNotFoundException(caller.id())),
					token);
			ContactDetails changed = ProfilePatch.apply(current.contactDetails(), patch);
			try {
				Patient saved = this.profiles.save(current, current.with(changed), current.version());
				this.audit.record(caller, "update", "patient", caller.id(), caller.id(), AuditOutcome.SUCCESS);
				return PatientProfile.of(saved, today());
			}
			catch (StaleProfileException ex) {
				if (attempt == PATCH_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * The whole profile as the clinic's staff set it, with the version they read (409 if
	 * it changed since).
	 */
	@Operation(summary = "Replace a patient's profile",
			description = "Roles: nurse, admin; a doctor for a patient in their care. Carries the version read (409 if it changed since).")
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	PatientProfile change(@PathVariable @Size(max = 64) String id, @RequestBody byte[] body,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		if (!ProfileAccess.mayEverEdit(caller.roles())) {
			throw new AccessDeniedException("Not allowed to change profiles");
		}
		if (!ProfileAccess.mayEdit(caller.roles(), () -> this.care.isInCareOf(caller.id(), id))) {
			this.audit.record(caller, "update", "patient", id, id, AuditOutcome.DENIED);
			throw new AccessDeniedException("Not allowed to change patient " + id);
		}
		StaffProfileRequest request = StaffProfileRequest.read(ProfileReader.object(body), today());
		Patient current = this.profiles.find(id).orElseThrow(() -> new PatientNotFoundException(id));
		Patient saved = this.profiles.save(current, current.with(request.profile()), request.version());
		this.audit.record(caller, "update", "patient", id, id, AuditOutcome.SUCCESS);
		return PatientProfile.of(saved, today());
	}

	private PatientProfile read(Caller caller, String id) {
		PatientProfile profile = this.profiles.find(id)
			.map((patient) -> PatientProfile.of(patient, today()))
			.orElseThrow(() -> new PatientNotFoundException(id));
		this.audit.record(caller, "read", "patient", id, id, AuditOutcome.SUCCESS);
		return profile;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
