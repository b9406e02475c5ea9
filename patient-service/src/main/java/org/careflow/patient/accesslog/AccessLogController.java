package org.careflow.patient.accesslog;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.careflow.platform.audit.AuditEntry;
import org.careflow.platform.web.PageParams;
import org.careflow.platform.web.Pages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins read who accessed any patient's data ({@code GET /api/audit}); a patient reads
 * who accessed their own ({@code GET /api/patients/me/access-log}). Paged, newest first,
 * with a {@code Link: rel="next"} when more follow.
 */
@RestController
class AccessLogController {

	private final AccessLog log;

	AccessLogController(AccessLog log) {
		this.log = log;
	}

	@GetMapping("/api/audit")
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<AccessLogPage> audit(
			@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,64}",
					message = "must be an id") String patientId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@Valid PageParams paging) {
		return answer(this.log.page(patientId, from, to, paging), paging);
	}

	@GetMapping("/api/patients/me/access-log")
	@PreAuthorize("hasRole('patient')")
	ResponseEntity<AccessLogPage> mine(Authentication patient, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @Valid PageParams paging) {
		return answer(this.log.page(patient.getName(), from, to, paging), paging);
	}

	private static ResponseEntity<AccessLogPage> answer(AccessLogPage fetched, PageParams paging) {
		List<AuditEntry> entries = fetched.entries();
		if (entries.size() <= paging.pageSize()) {
			return ResponseEntity.ok(fetched);
		}
		AccessLogPage page = new AccessLogPage(entries.subList(0, paging.pageSize()), fetched.page(), fetched.size(),
				fetched.partial(), fetched.unavailable());
		return ResponseEntity.ok().header(HttpHeaders.LINK, Pages.nextLink(paging)).body(page);
	}

}
