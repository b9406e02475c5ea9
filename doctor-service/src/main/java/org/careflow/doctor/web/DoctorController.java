package org.careflow.doctor.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorNotFoundException;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.doctor.registration.DoctorRegistration;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Window;
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

	private final boolean adminChosenPasswords;

	DoctorController(DoctorRegistration registration, DoctorRepository doctors,
			@Value("${careflow.doctors.admin-chosen-passwords:false}") boolean adminChosenPasswords) {
		this.registration = registration;
		this.doctors = doctors;
		this.adminChosenPasswords = adminChosenPasswords;
	}

	/**
	 * Doctors cannot register themselves; an admin adds them. With a password the admin
	 * chooses: only where {@code careflow.doctors.admin-chosen-passwords} is on (the
	 * local stack and its tests, for demo logins); elsewhere {@code POST /api/staff} adds
	 * doctors, who choose their own password.
	 */
	@PostMapping
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<RegisteredDoctor> add(@Valid @RequestBody NewDoctorRequest request) {
		if (!this.adminChosenPasswords) {
			throw new AdminChosenPasswordsOffException();
		}
		Doctor doctor = this.registration.register(request.details(), request.password());
		return ResponseEntity.created(URI.create("/api/doctors/" + doctor.id())).body(RegisteredDoctor.of(doctor));
	}

	/** The directory, by last name, a page at a time. */
	@GetMapping
	ResponseEntity<List<DoctorSummary>> list(@RequestParam(required = false) @Size(max = 100) String specialty,
			@Valid PageParams paging) {
		Window<Doctor> found = StringUtils.hasText(specialty)
				? this.doctors.findBySpecialtyIgnoreCase(specialty.strip(), paging.position(), paging.limit(),
						DoctorRepository.DIRECTORY_ORDER)
				: this.doctors.findBy(paging.position(), paging.limit(), DoctorRepository.DIRECTORY_ORDER);
		return Pages.of(found.map(DoctorSummary::of), paging);
	}

	@GetMapping("/{id}")
	DoctorSummary byId(@PathVariable @Size(max = 64) String id) {
		return this.doctors.findById(id).map(DoctorSummary::of).orElseThrow(() -> new DoctorNotFoundException(id));
	}

}
