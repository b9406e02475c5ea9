package org.careflow.patient.procedures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.EnteredInError;
import org.careflow.platform.outbox.PendingEvent;

/** A procedure as stored, with the events waiting for the outbox. */
record ProcedureDocument(String id, String patientId, String authorId, Instant createdAt, Instant updatedAt,
		String name, Coding code, String reason, LocalDate plannedDate, String performerId, String status,
		String outcome, Instant performedAt, long version, EnteredInError enteredInError,
		List<PendingEvent> pendingEvents) implements ChartEntry {

	static ProcedureDocument of(Procedure p, List<PendingEvent> events) {
		return new ProcedureDocument(p.id(), p.patientId(), p.authorId(), p.createdAt(), p.updatedAt(), p.name(),
				p.code(), p.reason(), p.plannedDate(), p.performerId(), p.status(), p.outcome(), p.performedAt(),
				p.version(), p.enteredInError(), events);
	}

	Procedure toProcedure() {
		return new Procedure(this.id, this.patientId, this.authorId, this.createdAt, this.updatedAt, this.name,
				this.code, this.reason, this.plannedDate, this.performerId, this.status, this.outcome, this.performedAt,
				this.version, this.enteredInError);
	}

}
