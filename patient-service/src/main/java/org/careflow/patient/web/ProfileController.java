package org.careflow.patient.web;

import jakarta.validation.constraints.Size;
import org.careflow.patient.domain.PatientNotFoundException;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.patient.domain.ProfileAccess;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.security.Caller;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Profiles: a patient reads their own; staff read anyone's. Every read is audited. */
@RestController
@RequestMapping("/api/patients")
class ProfileController {

	private final PatientRepository patients;

	private final AuditTrail audit;

	ProfileController(PatientRepository patients, AuditTrail audit) {
		this.patients = patients;
		this.audit = audit;
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('patient')")
	PatientProfile me(Authentication authentication) {
		return read(Caller.of(authentication), authentication.getName());
	}

	@GetMapping("/{id}")
	PatientProfile byId(@PathVariable @Size(max = 64) String id, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		if (!ProfileAccess.mayView(caller.id(), caller.roles(), id)) {
			this.audit.record(caller, "read", "patient", id, id, AuditOutcome.DENIED);
			throw new AccessDeniedException("Not allowed to read patient " + id);
		}
		return read(caller, id);
	}

	private PatientProfile read(Caller caller, String id) {
		PatientProfile profile = this.patients.findById(id)
			.map(PatientProfile::of)
			.orElseThrow(() -> new PatientNotFoundException(id));
		this.audit.record(caller, "read", "patient", id, id, AuditOutcome.SUCCESS);
		return profile;
	}

}
