package org.careflow.patient.procedures;

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
import org.careflow.patient.procedures.ProcedureRequests.NewProcedure;
import org.careflow.patient.procedures.ProcedureRequests.Performance;
import org.careflow.patient.procedures.ProcedureRequests.ProcedureChange;
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
 * {@code /api/procedures}: a patient's procedures, planned and performed. Every call is
 * checked by {@link ChartAccess} (role before any lookup, then the patient's chart) and
 * audited once done.
 */
@RestController
@RequestMapping(ProcedureController.PATH)
class ProcedureController {

	static final String PATH = "/api/procedures";

	private static final ChartArea AREA = ChartArea.PROCEDURES;

	private final Procedures procedures;

	private final ChartAccess access;

	private final Clock clock;

	ProcedureController(Procedures procedures, ChartAccess access, Clock clock) {
		this.procedures = procedures;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping
	ResponseEntity<List<Procedure>> list(@RequestParam(required = false) String patientId, @Valid PageParams paging,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return Pages.of(this.access.list(Caller.of(authentication), patientId, AREA,
				EmergencyReason.fromHeader(emergency), (patient) -> this.procedures.page(patient, paging)), paging);
	}

	@GetMapping("/{id}")
	Procedure read(@PathVariable String id,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return this.access.read(Caller.of(authentication), id, AREA, EmergencyReason.fromHeader(emergency),
				this.procedures::get);
	}

	@PostMapping
	ResponseEntity<Procedure> create(@Valid @RequestBody NewProcedure request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		Procedure procedure = this.access.create(caller, request.patientId(), AREA,
				EmergencyReason.fromHeader(emergency), (patient) -> this.procedures.insert(
						Procedure.plan(UUID.randomUUID().toString(), patient, caller.id(), request.details(), now())));
		return ResponseEntity.created(URI.create(PATH + "/" + procedure.id())).body(procedure);
	}

	@PutMapping("/{id}")
	Procedure update(@PathVariable String id, @Valid @RequestBody ProcedureChange request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return this.access.change(permitted(ChartAction.WRITE, id, emergency, authentication), "update",
				(current) -> this.procedures.update(current.revise(request.details(), request.version(), now())));
	}

	/** {@code preparation} → {@code completed}, once. */
	@PostMapping("/{id}/perform")
	Procedure perform(@PathVariable String id, @Valid @RequestBody Performance request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		String performer = (request.performerId() != null) ? request.performerId() : Caller.of(authentication).id();
		return this.access.change(permitted(ChartAction.PERFORM, id, emergency, authentication), "perform",
				(current) -> this.procedures
					.update(current.perform(request.outcome(), request.performedAt(), performer, now())));
	}

	/**
	 * Never removed: marked entered-in-error, hidden from lists, still readable by id.
	 */
	@DeleteMapping("/{id}")
	Procedure enterInError(@PathVariable String id, @Valid @RequestBody EnteredInErrorRequest request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		String caller = Caller.of(authentication).id();
		return this.access.change(permitted(ChartAction.WRITE, id, emergency, authentication), "entered-in-error",
				(current) -> this.procedures
					.update(current.enterInError(request.reason(), caller, request.version(), now())));
	}

	private Permitted<Procedure> permitted(ChartAction action, String id, String emergency,
			Authentication authentication) {
		return this.access.permit(Caller.of(authentication), AREA, action, id, EmergencyReason.fromHeader(emergency),
				this.procedures::get);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
