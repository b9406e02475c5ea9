package org.careflow.patient.vaccines;

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
import org.careflow.patient.chart.EmergencyReason;
import org.careflow.patient.chart.EnteredInErrorRequest;
import org.careflow.patient.vaccines.VaccineRequests.NewVaccination;
import org.careflow.patient.vaccines.VaccineRequests.VaccinationChange;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/vaccines}: the vaccines a patient was given (or not). Every call is checked
 * by {@link ChartAccess} (role before any lookup, then the patient's chart) and audited
 * once done.
 */
@RestController
@RequestMapping(VaccineController.PATH)
class VaccineController {

	static final String PATH = "/api/vaccines";

	private static final ChartArea AREA = ChartArea.VACCINES;

	private final Vaccinations vaccinations;

	private final ChartAccess access;

	private final Clock clock;

	VaccineController(Vaccinations vaccinations, ChartAccess access, Clock clock) {
		this.vaccinations = vaccinations;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping
	ResponseEntity<List<Vaccination>> list(@RequestParam(required = false) String patientId, @Valid PageParams paging,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return Pages.of(this.access.list(Caller.of(authentication), patientId, AREA,
				EmergencyReason.fromHeader(emergency), (patient) -> this.vaccinations.page(patient, paging)), paging);
	}

	@GetMapping("/{id}")
	Vaccination read(@PathVariable String id,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return this.access.read(Caller.of(authentication), id, AREA, EmergencyReason.fromHeader(emergency),
				this.vaccinations::get);
	}

	@PostMapping
	ResponseEntity<Vaccination> create(@Valid @RequestBody NewVaccination request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		Vaccination vaccination = this.access.create(caller, request.patientId(), AREA,
				EmergencyReason.fromHeader(emergency), (patient) -> this.vaccinations.insert(Vaccination
					.record(UUID.randomUUID().toString(), patient, caller.id(), request.details(caller.id()), now())));
		return ResponseEntity.created(URI.create(PATH + "/" + vaccination.id())).body(vaccination);
	}

	@PutMapping("/{id}")
	Vaccination update(@PathVariable String id, @Valid @RequestBody VaccinationChange request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		String caller = Caller.of(authentication).id();
		return this.access.change(writable(id, emergency, authentication), "update", (current) -> this.vaccinations
			.update(current.revise(request.details(caller), request.version(), now())));
	}

	/**
	 * Never removed: marked entered-in-error, hidden from lists, still readable by id.
	 */
	@DeleteMapping("/{id}")
	Vaccination enterInError(@PathVariable String id, @Valid @RequestBody EnteredInErrorRequest request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		String caller = Caller.of(authentication).id();
		return this.access.change(writable(id, emergency, authentication), "entered-in-error",
				(current) -> this.vaccinations
					.update(current.enterInError(request.reason(), caller, request.version(), now())));
	}

	private Permitted<Vaccination> writable(String id, String emergency, Authentication authentication) {
		return this.access.permit(Caller.of(authentication), AREA, ChartAction.WRITE, id,
				EmergencyReason.fromHeader(emergency), this.vaccinations::get);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
