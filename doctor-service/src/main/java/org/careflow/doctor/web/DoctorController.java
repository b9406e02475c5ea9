package org.careflow.doctor.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorNotFoundException;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.doctor.registration.DoctorRegistration;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/doctors")
class DoctorController {

	private final DoctorRegistration registration;

	private final DoctorRepository doctors;

	DoctorController(DoctorRegistration registration, DoctorRepository doctors) {
		this.registration = registration;
		this.doctors = doctors;
	}

	/** Doctors cannot register themselves; an admin adds them. */
	@PostMapping
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<RegisteredDoctor> add(@Valid @RequestBody NewDoctorRequest request) {
		Doctor doctor = this.registration.register(request.details(), request.password());
		return ResponseEntity.created(URI.create("/api/doctors/" + doctor.id())).body(RegisteredDoctor.of(doctor));
	}

	@GetMapping
	List<DoctorSummary> list(@RequestParam(required = false) String specialty) {
		List<Doctor> found = StringUtils.hasText(specialty)
				? this.doctors.findBySpecialtyIgnoreCase(specialty.strip(), DoctorRepository.DIRECTORY_ORDER)
				: this.doctors.findAll(DoctorRepository.DIRECTORY_ORDER);
		return found.stream().map(DoctorSummary::of).toList();
	}

	@GetMapping("/{id}")
	DoctorSummary byId(@PathVariable String id) {
		return this.doctors.findById(id).map(DoctorSummary::of).orElseThrow(() -> new DoctorNotFoundException(id));
	}

}
