package org.careflow.doctor.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorChanges;
import org.careflow.doctor.domain.DoctorNotFoundException;
import org.careflow.doctor.domain.DoctorPatch;
import org.careflow.doctor.domain.DoctorRepository;
import org.careflow.doctor.registration.DoctorRegistration;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.data.domain.Window;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Doctors: admins add them and change any profile; a doctor changes their own bio, phone
 * and languages; anyone signed in reads the directory and the public profiles, while the
 * phone and license number are shown only to the doctor themself and admins.
 */
@RestController
@RequestMapping("/api/doctors")
class DoctorController {

	static final String MERGE_PATCH_JSON = "application/merge-patch+json";

	private final DoctorRegistration registration;

	private final DoctorRepository doctors;

	private final DoctorChanges changes;

	DoctorController(DoctorRegistration registration, DoctorRepository doctors, DoctorChanges changes) {
		this.registration = registration;
		this.doctors = doctors;
		this.changes = changes;
	}

	/** Doctors cannot register themselves; an admin adds them. */
	@PostMapping
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<RegisteredDoctor> add(@Valid @RequestBody NewDoctorRequest request) {
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

	/** The signed-in doctor's own profile, with the {@code version} a change names. */
	@GetMapping("/me")
	@PreAuthorize("hasRole('doctor')")
	FullProfile me(Authentication authentication) {
		return FullProfile.of(find(authentication.getName()));
	}

	@GetMapping("/{id}")
	ProfileView byId(@PathVariable @Size(max = 64) String id, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		Doctor doctor = find(id);
		return doctor.showsPrivateDetailsTo(caller.id(), caller.is("admin")) ? FullProfile.of(doctor)
				: PublicProfile.of(doctor);
	}

	/**
	 * The doctor's own change (a merge patch) of their bio, phone and languages, on the
	 * {@code version} they read. There is no route for changing another doctor's profile
	 * as a doctor: the id is the token's subject.
	 */
	@PatchMapping(path = "/me", consumes = { MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasRole('doctor')")
	FullProfile changeOwn(@RequestBody byte[] body, Authentication authentication) {
		DoctorPatch patch = DoctorPatch.of(DoctorPatch.Editor.DOCTOR, PatchBody.fields(body));
		return FullProfile.of(this.changes.change(authentication.getName(), patch.readVersion(), patch::applyTo));
	}

	/** An admin's change: also names, specialty and license number. */
	@PatchMapping(path = "/{id}", consumes = { MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasRole('admin')")
	FullProfile change(@PathVariable @Size(max = 64) String id, @RequestBody byte[] body) {
		DoctorPatch patch = DoctorPatch.of(DoctorPatch.Editor.ADMIN, PatchBody.fields(body));
		return FullProfile.of(this.changes.change(id, patch.readVersion(), patch::applyTo));
	}

	private Doctor find(String id) {
		return this.changes.find(id).orElseThrow(() -> new DoctorNotFoundException(id));
	}

}
