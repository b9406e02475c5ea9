package org.careflow.patient.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careflow.patient.admission.Admissions;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.domain.PatientNotFoundException;
import org.careflow.patient.domain.PatientProfiles;
import org.careflow.patient.web.PatientProfile;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles a patient's export: the profile, the chart (every part, entries marked
 * entered-in-error included), the admissions, then each other service's part. A part that
 * cannot be fetched leaves the export standing, {@code complete: false} and its service
 * named in {@code unavailable} — the patient gets what there is and can ask again. Every
 * list holds at most {@value #MAX_PER_LIST} items; one cut short is named in
 * {@code truncated}.
 */
class PatientExporter {

	private static final Logger log = LoggerFactory.getLogger(PatientExporter.class);

	static final int MAX_PER_LIST = 1000;

	private final PatientProfiles profiles;

	private final StoredDocuments stored;

	private final List<RemotePart> parts;

	private final AuditTrail audit;

	private final Clock clock;

	PatientExporter(PatientProfiles profiles, StoredDocuments stored, List<RemotePart> parts, AuditTrail audit,
			Clock clock) {
		this.profiles = profiles;
		this.stored = stored;
		this.parts = List.copyOf(parts);
		this.audit = audit;
		this.clock = clock;
	}

	Map<String, Object> export(Caller patient) {
		String id = patient.id();
		Instant now = this.clock.instant();
		PatientProfile profile = this.profiles.find(id)
			.map((found) -> PatientProfile.of(found, LocalDate.ofInstant(now, this.clock.getZone())))
			.orElseThrow(() -> new PatientNotFoundException(id));
		List<String> truncated = new ArrayList<>();
		Map<String, Object> chart = new LinkedHashMap<>();
		for (ChartArea area : ChartArea.values()) {
			chart.put(area.collection(), bounded(area.collection(), id, truncated));
		}
		Map<String, Object> services = new LinkedHashMap<>();
		List<String> unavailable = new ArrayList<>();
		for (RemotePart part : this.parts) {
			try {
				services.put(part.name(), part.fetch(id));
			}
			catch (PartUnavailableException ex) {
				log.warn("Export of patient {}: {} ({})", id, ex.getMessage(), String.valueOf(ex.getCause()));
				unavailable.add(part.name());
			}
		}
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("patientId", id);
		export.put("exportedAt", now.toString());
		export.put("complete", unavailable.isEmpty());
		export.put("unavailable", unavailable);
		export.put("profile", profile);
		export.put("chart", chart);
		export.put("admissions", bounded(Admissions.COLLECTION, id, truncated));
		export.put("services", services);
		export.put("truncated", truncated);
		this.audit.record(patient, "export", "patient", id, id, AuditOutcome.SUCCESS);
		return export;
	}

	private List<Map<String, Object>> bounded(String collection, String patientId, List<String> truncated) {
		List<Map<String, Object>> found = this.stored.of(collection, patientId, MAX_PER_LIST + 1);
		if (found.size() > MAX_PER_LIST) {
			truncated.add(collection);
			return found.subList(0, MAX_PER_LIST);
		}
		return found;
	}

}
