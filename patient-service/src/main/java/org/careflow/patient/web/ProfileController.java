package org.careflow.patient.web;

import org.careflow.patient.domain.PatientNotFoundException;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.patient.domain.ProfileAccess;
import org.careflow.platform.security.Caller;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/patients")
class ProfileController {

	private final PatientRepository patients;

	ProfileController(PatientRepository patients) {
		this.patients = patients;
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('patient')")
	PatientProfile me(Authentication authentication) {
		return profile(authentication.getName());
	}

	@GetMapping("/{id}")
	PatientProfile byId(@PathVariable String id, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		if (!ProfileAccess.mayView(caller.id(), caller.roles(), id)) {
			throw new AccessDeniedException("Not allowed to read patient " + id);
		}
		return profile(id);
	}

	private PatientProfile profile(String id) {
		return this.patients.findById(id).map(PatientProfile::of).orElseThrow(() -> new PatientNotFoundException(id));
	}

}
