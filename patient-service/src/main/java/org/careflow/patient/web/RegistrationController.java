package org.careflow.patient.web;

import java.net.URI;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.registration.EmailAlreadyVerifiedException;
import org.careflow.patient.registration.PatientRegistration;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration is public (no token: a new patient has none); asking for a new
 * verification link is the patient's own.
 */
@RestController
public class RegistrationController {

	/** Public: the security configuration lets it through without a token. */
	public static final String PATH = "/api/patients/register";

	private final PatientRegistration registration;

	private final AuditTrail audit;

	RegistrationController(PatientRegistration registration, AuditTrail audit) {
		this.registration = registration;
		this.audit = audit;
	}

	@Operation(summary = "Register as a patient",
			description = "Public (no token). Creates the Keycloak login (email unverified: the welcome email carries the link) and the profile. Rate-limited per address at the gateway.")
	@PostMapping(PATH)
	ResponseEntity<RegisteredPatient> register(@Valid @RequestBody RegistrationRequest request) {
		Patient patient = this.registration.register(request.details(), request.password());
		// the anonymous caller is the new patient themself
		this.audit.record(new Caller(patient.id(), Set.of("patient")), "create", "patient", patient.id(), patient.id(),
				AuditOutcome.SUCCESS);
		return ResponseEntity.created(URI.create("/api/patients/" + patient.id())).body(RegisteredPatient.of(patient));
	}

	/**
	 * 202: Keycloak has sent its own verification email to the address the patient
	 * registered with (the fallback: the first link came in CareFlow's welcome email).
	 */
	@Operation(summary = "Send the verification email again",
			description = "Roles: patient, while their email is unverified.")
	@PostMapping("/api/patients/me/verification-email")
	@PreAuthorize("hasRole('patient')")
	ResponseEntity<Void> resendVerification(@AuthenticationPrincipal Jwt token) {
		if (Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified"))) {
			throw new EmailAlreadyVerifiedException();
		}
		this.registration.resendVerification(token.getSubject());
		return ResponseEntity.accepted().build();
	}

}
