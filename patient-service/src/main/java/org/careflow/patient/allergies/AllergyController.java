package org.careflow.patient.allergies;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.careflow.patient.chart.ChartAccess;
import org.careflow.patient.chart.ChartAccess.Permitted;
import org.careflow.patient.chart.ChartAction;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.chart.ChartEntryNotFoundException;
import org.careflow.patient.chart.ChartLists;
import org.careflow.patient.chart.EmergencyReason;
import org.careflow.patient.chart.EnteredInErrorRequest;
import org.careflow.patient.chart.InvalidChartRequestException;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/patients/{patientId}/allergies}: a patient's allergies and intolerances
 * ({@code me} stands for the calling patient). Every call is checked by
 * {@link ChartAccess} (role before any lookup, then the patient's chart) and audited once
 * done; an allergy of another patient than the path's is not found (404).
 */
@RestController
@RequestMapping(AllergyController.PATH)
class AllergyController {

	static final String PATH = "/api/patients/{patientId}/allergies";

	private static final ChartArea AREA = ChartArea.ALLERGIES;

	private final Allergies allergies;

	private final ChartAccess access;

	private final Clock clock;

	AllergyController(Allergies allergies, ChartAccess access, Clock clock) {
		this.allergies = allergies;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping
	ResponseEntity<List<Allergy>> list(@PathVariable String patientId, @Valid PageParams paging,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		return Pages.of(this.access.list(caller, meAs(caller, patientId), AREA, EmergencyReason.fromHeader(emergency),
				(patient) -> this.allergies.page(patient, paging)), paging);
	}

	@GetMapping("/{allergyId}")
	Allergy read(@PathVariable String patientId, @PathVariable String allergyId,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		return this.access.read(caller, allergyId, AREA, EmergencyReason.fromHeader(emergency),
				(id) -> find(patientOf(caller, patientId), id));
	}

	@PostMapping
	ResponseEntity<Allergy> create(@PathVariable String patientId, @Valid @RequestBody AllergyRequest request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		Allergy allergy = this.access.create(caller, meAs(caller, patientId), AREA,
				EmergencyReason.fromHeader(emergency), (patient) -> this.allergies.insert(
						Allergy.record(UUID.randomUUID().toString(), patient, caller.id(), request.details(), now())));
		return ResponseEntity.created(URI.create("/api/patients/" + allergy.patientId() + "/allergies/" + allergy.id()))
			.body(allergy);
	}

	@PutMapping("/{allergyId}")
	Allergy update(@PathVariable String patientId, @PathVariable String allergyId,
			@Valid @RequestBody AllergyRequest request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		this.access.requireRole(caller, AREA, ChartAction.WRITE);
		if (request.version() == null) {
			throw new InvalidChartRequestException("version", "is required: the version you read");
		}
		return this.access.change(writable(caller, patientId, allergyId, emergency), "update",
				(current) -> this.allergies.update(current.revise(request.details(), request.version(), now())));
	}

	/**
	 * Never removed: marked entered-in-error, hidden from lists, still readable by id.
	 */
	@DeleteMapping("/{allergyId}")
	Allergy enterInError(@PathVariable String patientId, @PathVariable String allergyId,
			@Valid @RequestBody EnteredInErrorRequest request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		return this.access.change(writable(caller, patientId, allergyId, emergency), "entered-in-error",
				(current) -> this.allergies
					.update(current.enterInError(request.reason(), caller.id(), request.version(), now())));
	}

	/** The allergy, once the caller may change it; the path's patient must be its own. */
	private Permitted<Allergy> writable(Caller caller, String patientId, String allergyId, String emergency) {
		return this.access.permit(caller, AREA, ChartAction.WRITE, allergyId, EmergencyReason.fromHeader(emergency),
				(id) -> find(patientOf(caller, patientId), id));
	}

	/** The path's patient; {@code me} is the calling patient. */
	private static String patientOf(Caller caller, String patientId) {
		return ChartLists.patientOf(caller, meAs(caller, patientId));
	}

	/** {@code me} in the path is the calling patient. */
	private static String meAs(Caller caller, String patientId) {
		return ("me".equals(patientId) && caller.is("patient")) ? caller.id() : patientId;
	}

	/** The allergy, if it is one of this patient's: the path cannot mix two charts. */
	private Allergy find(String patientId, String allergyId) {
		Allergy allergy = this.allergies.get(allergyId);
		if (!allergy.patientId().equals(patientId)) {
			throw new ChartEntryNotFoundException(AREA, allergyId);
		}
		return allergy;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
