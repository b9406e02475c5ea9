package org.careflow.patient.web;

import java.net.URI;

import jakarta.validation.Valid;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.registration.PatientRegistration;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Public: anyone may register as a patient (no token). */
@RestController
public class RegistrationController {

	/** Public: the security configuration lets it through without a token. */
	public static final String PATH = "/api/patients/register";

	private final PatientRegistration registration;

	RegistrationController(PatientRegistration registration) {
		this.registration = registration;
	}

	@PostMapping(PATH)
	ResponseEntity<RegisteredPatient> register(@Valid @RequestBody RegistrationRequest request) {
		Patient patient = this.registration.register(request.details(), request.password());
		return ResponseEntity.created(URI.create("/api/patients/" + patient.id())).body(RegisteredPatient.of(patient));
	}

}
