package org.careflow.patient.admission;

import java.time.Instant;
import java.util.List;

import org.careflow.platform.outbox.PendingEvent;

/**
 * An admission as stored, with the events waiting for the outbox. {@code currentKey} is
 * the patient id while the admission is current and {@code finished/<id>} once it ended:
 * a unique index on it lets a patient have one current admission only, without the
 * partial index the store lacks.
 */
record AdmissionDocument(String id, String patientId, String currentKey, String departmentId, String room, String bed,
		Instant admittedAt, String admittedBy, Instant dischargedAt, String dischargedBy,
		List<PendingEvent> pendingEvents) {

	static AdmissionDocument of(Admission a, List<PendingEvent> events) {
		return new AdmissionDocument(a.id(), a.patientId(), currentKeyOf(a), a.departmentId(), a.room(), a.bed(),
				a.admittedAt(), a.admittedBy(), a.dischargedAt(), a.dischargedBy(), events);
	}

	static String currentKeyOf(Admission a) {
		return a.isCurrent() ? a.patientId() : "finished/" + a.id();
	}

	Admission toAdmission() {
		return new Admission(this.id, this.patientId, this.departmentId, this.room, this.bed, this.admittedAt,
				this.admittedBy, this.dischargedAt, this.dischargedBy);
	}

}
