package org.careflow.platform.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An audit entry as stored; written once, never updated or deleted. */
@Document(AuditDocument.COLLECTION)
record AuditDocument(@Id String id, Instant at, String actorId, String actorRole, String action, String resourceType,
		String resourceId, String patientId, AuditOutcome outcome, String traceId, String service) {

	static final String COLLECTION = "audit_trail";

	static AuditDocument of(AuditEntry entry) {
		return new AuditDocument(entry.id(), entry.at(), entry.actorId(), entry.actorRole(), entry.action(),
				entry.resourceType(), entry.resourceId(), entry.patientId(), entry.outcome(), entry.traceId(),
				entry.service());
	}

	AuditEntry toEntry() {
		return new AuditEntry(this.id, this.at, this.actorId, this.actorRole, this.action, this.resourceType,
				this.resourceId, this.patientId, this.outcome, this.traceId, this.service);
	}

}
