package org.careflow.platform.audit;

import java.time.Instant;

/**
 * One read or change of a patient's data: who (subject and role), what (action, resource
 * type and id, the patient), when, with what outcome, in which trace and which service.
 * Never the data itself.
 */
public record AuditEntry(String id, Instant at, String actorId, String actorRole, String action, String resourceType,
		String resourceId, String patientId, AuditOutcome outcome, String traceId, String service) {
}
