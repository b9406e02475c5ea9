package org.careflow.patient.records;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.careflow.patient.chart.AuthorName;
import org.careflow.patient.chart.ChartAccess;
import org.careflow.patient.chart.ChartAccess.Permitted;
import org.careflow.patient.chart.ChartAction;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.chart.EmergencyReason;
import org.careflow.patient.chart.EnteredInErrorRequest;
import org.careflow.patient.records.RecordRequests.NewRecord;
import org.careflow.patient.records.RecordRequests.RecordChange;
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
 * {@code /api/records}: a patient's medical record. Every call is checked by
 * {@link ChartAccess} (role before any lookup, then the patient's chart) and audited once
 * done.
 */
@RestController
@RequestMapping(MedicalRecordController.PATH)
class MedicalRecordController {

	static final String PATH = "/api/records";

	private static final ChartArea AREA = ChartArea.RECORDS;

	private final MedicalRecords records;

	private final ChartAccess access;

	private final Clock clock;

	MedicalRecordController(MedicalRecords records, ChartAccess access, Clock clock) {
		this.records = records;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping
	ResponseEntity<List<MedicalRecord>> list(@RequestParam(required = false) String patientId, @Valid PageParams paging,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return Pages.of(this.access.list(Caller.of(authentication), patientId, AREA,
				EmergencyReason.fromHeader(emergency), (patient) -> this.records.page(patient, paging)), paging);
	}

	@GetMapping("/{id}")
	MedicalRecord read(@PathVariable String id,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return this.access.read(Caller.of(authentication), id, AREA, EmergencyReason.fromHeader(emergency),
				this.records::get);
	}

	@PostMapping
	ResponseEntity<MedicalRecord> create(@Valid @RequestBody NewRecord request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		MedicalRecord record = this.access.create(caller, request.patientId(), AREA,
				EmergencyReason.fromHeader(emergency),
				(patient) -> this.records.insert(MedicalRecord.write(UUID.randomUUID().toString(), patient, caller.id(),
						AuthorName.of(authentication), request.details(), now())));
		return ResponseEntity.created(URI.create(PATH + "/" + record.id())).body(record);
	}

	@PutMapping("/{id}")
	MedicalRecord update(@PathVariable String id, @Valid @RequestBody RecordChange request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return this.access.change(writable(id, emergency, authentication), "update",
				(current) -> this.records.update(current.revise(request.details(), request.version(), now())));
	}

	/**
	 * Never removed: marked entered-in-error, hidden from lists, still readable by id.
	 */
	@DeleteMapping("/{id}")
	MedicalRecord enterInError(@PathVariable String id, @Valid @RequestBody EnteredInErrorRequest request,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		String caller = Caller.of(authentication).id();
		return this.access.change(writable(id, emergency, authentication), "entered-in-error", (current) -> this.records
			.update(current.enterInError(request.reason(), caller, request.version(), now())));
	}

	private Permitted<MedicalRecord> writable(String id, String emergency, Authentication authentication) {
		return this.access.permit(Caller.of(authentication), AREA, ChartAction.WRITE, id,
				EmergencyReason.fromHeader(emergency), this.records::get);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
