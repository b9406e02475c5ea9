package org.careflow.patient.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.careflow.patient.chart.EmergencyAccesses;
import org.careflow.patient.chart.EmergencyReason;
import org.careflow.patient.domain.ProfileAccess;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.security.Caller;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/patients?name=&birthDate=&departmentId=&page=&size=}: the staff
 * directory, and {@code GET /api/departments/{id}/patients} (the same, by department).
 * Audited as {@code search}, without the terms (names are personal data).
 */
@RestController
class PatientDirectoryController {

	private final PatientDirectory directory;

	private final EmergencyAccesses emergencies;

	private final AuditTrail audit;

	PatientDirectoryController(PatientDirectory directory, EmergencyAccesses emergencies, AuditTrail audit) {
		this.directory = directory;
		this.emergencies = emergencies;
		this.audit = audit;
	}

	@GetMapping("/api/patients")
	ResponseEntity<List<DirectoryEntry>> search(@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@RequestParam(required = false) String departmentId, @Valid PageParams paging,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return search(() -> DirectoryQuery.of(name, birthDate, departmentId), paging, emergency, authentication);
	}

	/**
	 * The department's patients (its id in their profile): the directory searched by
	 * department alone, with the same rights.
	 */
	@GetMapping("/api/departments/{departmentId}/patients")
	ResponseEntity<List<DirectoryEntry>> ofDepartment(@PathVariable String departmentId, @Valid PageParams paging,
			@RequestHeader(name = EmergencyReason.HEADER, required = false) String emergency,
			Authentication authentication) {
		return search(() -> DirectoryQuery.of(null, null, departmentId), paging, emergency, authentication);
	}

	/** The role is checked before the query is read: no one else learns what is asked. */
	private ResponseEntity<List<DirectoryEntry>> search(Supplier<DirectoryQuery> asked, PageParams paging,
			String emergency, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		if (!ProfileAccess.maySearch(caller.roles())) {
			throw new AccessDeniedException("Not allowed to search patients");
		}
		DirectoryQuery query = asked.get();
		boolean limited = ProfileAccess.searchIsLimitedToCare(caller.roles());
		Optional<EmergencyReason> reason = limited ? EmergencyReason.fromHeader(emergency) : Optional.empty();
		String doctorId = (limited && reason.isEmpty()) ? caller.id() : null;
		var found = this.directory.find(query, doctorId, paging).stream().map(DirectoryEntry::of).toList();
		reason.ifPresent((why) -> this.emergencies.recordDirectorySearch(caller.id(), why));
		this.audit.record(caller, "search", "patient", null, null,
				reason.isPresent() ? AuditOutcome.EMERGENCY : AuditOutcome.SUCCESS);
		return Pages.of(found, paging);
	}

}
