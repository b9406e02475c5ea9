package org.careflow.patient.admission;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.careflow.patient.deactivation.DeactivatedPatients;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient's admission: admit ({@code POST …/admission}), discharge
 * ({@code POST …/discharge}) and the history ({@code GET …/admissions}, where {@code me}
 * stands for the calling patient). Checked by {@link AdmissionAccess}, audited once done.
 */
@RestController
@RequestMapping(AdmissionController.PATH)
class AdmissionController {

	static final String PATH = "/api/patients/{patientId}";

	private final Admitting admitting;

	private final Admissions admissions;

	private final AdmissionAccess access;

	private final DeactivatedPatients deactivated;

	AdmissionController(Admitting admitting, Admissions admissions, AdmissionAccess access,
			DeactivatedPatients deactivated) {
		this.admitting = admitting;
		this.admissions = admissions;
		this.access = access;
		this.deactivated = deactivated;
	}

	@PostMapping("/admission")
	ResponseEntity<AdmissionView> admit(
			@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String patientId,
			@Valid @RequestBody AdmissionRequest request, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		this.access.requirePatient(caller, AdmissionAction.ADMIT_OR_DISCHARGE, patientId, "admit");
		if (this.deactivated.isDeactivated(patientId)) {
			throw new AdmissionConflictException("The patient was deactivated and is not admitted any more.");
		}
		Admission admission = this.admitting.admit(patientId, request.place(), caller.id());
		this.access.audited(caller, "admit", AdmissionAccess.RESOURCE, admission.id(), patientId);
		return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/admissions/" + admission.id()))
			.body(AdmissionView.of(admission));
	}

	@PostMapping("/discharge")
	AdmissionView discharge(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String patientId,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		this.access.requirePatient(caller, AdmissionAction.ADMIT_OR_DISCHARGE, patientId, "discharge");
		Admission ended = this.admitting.discharge(patientId, caller.id());
		this.access.audited(caller, "discharge", AdmissionAccess.RESOURCE, ended.id(), patientId);
		return AdmissionView.of(ended);
	}

	@GetMapping("/admissions")
	ResponseEntity<List<AdmissionView>> history(
			@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String patientId,
			@Valid PageParams paging, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		String patient = meAs(caller, patientId);
		this.access.requirePatient(caller, AdmissionAction.READ_HISTORY, patient, "list");
		List<AdmissionView> page = this.admissions.page(patient, paging).stream().map(AdmissionView::of).toList();
		this.access.audited(caller, "list", AdmissionAccess.RESOURCE, null, patient);
		return Pages.of(page, paging);
	}

	@GetMapping("/admissions/{admissionId}")
	AdmissionView read(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String patientId,
			@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String admissionId,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		String patient = meAs(caller, patientId);
		this.access.requirePatient(caller, AdmissionAction.READ_HISTORY, patient, "read");
		// an admission of another patient than the path's is not found: the path cannot
		// mix two patients
		Admission admission = this.admissions.find(admissionId)
			.filter((found) -> found.patientId().equals(patient))
			.orElseThrow(() -> new AdmissionNotFoundException(admissionId));
		this.access.audited(caller, "read", AdmissionAccess.RESOURCE, admission.id(), patient);
		return AdmissionView.of(admission);
	}

	/** {@code me} in the path is the calling patient. */
	private static String meAs(Caller caller, String patientId) {
		return ("me".equals(patientId) && caller.is("patient")) ? caller.id() : patientId;
	}

}
