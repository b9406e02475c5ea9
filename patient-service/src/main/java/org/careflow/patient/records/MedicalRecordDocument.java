package org.careflow.patient.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.careflow.patient.chart.ChartEntry;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.chart.EnteredInError;
import org.careflow.platform.outbox.PendingEvent;

/** A medical record as stored, with the events waiting for the outbox. */
record MedicalRecordDocument(String id, String patientId, String authorId, String authorName, Instant createdAt,
		Instant updatedAt, String kind, Coding code, String text, LocalDate onset, String status, long version,
		EnteredInError enteredInError, List<PendingEvent> pendingEvents) implements ChartEntry {

	static MedicalRecordDocument of(MedicalRecord record, List<PendingEvent> events) {
		return new MedicalRecordDocument(record.id(), record.patientId(), record.authorId(), record.authorName(),
				record.createdAt(), record.updatedAt(), record.kind(), record.code(), record.text(), record.onset(),
				record.status(), record.version(), record.enteredInError(), events);
	}

	MedicalRecord toRecord() {
		return new MedicalRecord(this.id, this.patientId, this.authorId, this.authorName, this.createdAt,
				this.updatedAt, this.kind, this.code, this.text, this.onset, this.status, this.version,
				this.enteredInError);
	}

}
