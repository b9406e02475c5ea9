package org.careflow.patient.vaccines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.EnteredInError;
import org.careflow.platform.outbox.PendingEvent;

/** A vaccination as stored, with the events waiting for the outbox. */
record VaccinationDocument(String id, String patientId, String authorId, Instant createdAt, Instant updatedAt,
		String vaccineName, Coding vaccineCode, int doseNumber, String lotNumber, LocalDate lotExpiry, String site,
		LocalDate dateGiven, String performerId, String status, Coding notDoneReason, long version,
		EnteredInError enteredInError, List<PendingEvent> pendingEvents) implements ChartEntry {

	static VaccinationDocument of(Vaccination v, List<PendingEvent> events) {
		return new VaccinationDocument(v.id(), v.patientId(), v.authorId(), v.createdAt(), v.updatedAt(),
				v.vaccineName(), v.vaccineCode(), v.doseNumber(), v.lotNumber(), v.lotExpiry(), v.site(), v.dateGiven(),
				v.performerId(), v.status(), v.notDoneReason(), v.version(), v.enteredInError(), events);
	}

	Vaccination toVaccination() {
		return new Vaccination(this.id, this.patientId, this.authorId, this.createdAt, this.updatedAt, this.vaccineName,
				this.vaccineCode, this.doseNumber, this.lotNumber, this.lotExpiry, this.site, this.dateGiven,
				this.performerId, this.status, this.notDoneReason, this.version, this.enteredInError);
	}

}
