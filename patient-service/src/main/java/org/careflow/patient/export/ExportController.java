package org.careflow.patient.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.careflow.platform.security.Caller;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/patients/me/export}: the signed-in patient's data, as a JSON file to
 * keep. Never cached (it is all health data). Audited {@code export}.
 */
@RestController
class ExportController {

	private final PatientExporter exporter;

	ExportController(PatientExporter exporter) {
		this.exporter = exporter;
	}

	@GetMapping("/api/patients/me/export")
	@PreAuthorize("hasRole('patient')")
	ResponseEntity<Map<String, Object>> export(Authentication authentication) {
		String file = "careflow-export-" + LocalDate.now(ZoneOffset.UTC) + ".json";
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(this.exporter.export(Caller.of(authentication)));
	}

}
