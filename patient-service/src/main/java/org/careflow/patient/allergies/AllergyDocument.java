package org.careflow.patient.allergies;

import java.time.Instant;
import java.util.List;

import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.EnteredInError;
import org.careflow.platform.outbox.PendingEvent;

/** An allergy as stored, with the events waiting for the outbox. */
record AllergyDocument(String id, String patientId, String authorId, Instant createdAt, Instant updatedAt,
		String substance, Coding substanceCode, String reaction, String severity, String criticality, String status,
		long version, EnteredInError enteredInError, List<PendingEvent> pendingEvents) implements ChartEntry {

	static AllergyDocument of(Allergy a, List<PendingEvent> events) {
		return new AllergyDocument(a.id(), a.patientId(), a.authorId(), a.createdAt(), a.updatedAt(), a.substance(),
				a.substanceCode(), a.reaction(), a.severity(), a.criticality(), a.status(), a.version(),
				a.enteredInError(), events);
	}

	Allergy toAllergy() {
		return new Allergy(this.id, this.patientId, this.authorId, this.createdAt, this.updatedAt, this.substance,
				this.substanceCode, this.reaction, this.severity, this.criticality, this.status, this.version,
				this.enteredInError);
	}

}
