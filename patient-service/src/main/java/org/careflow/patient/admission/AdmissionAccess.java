package org.careflow.patient.admission;

import org.careflow.patient.care.CareRelations;
import org.careflow.patient.domain.PatientNotFoundException;
import org.careflow.patient.domain.PatientRepository;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.security.Caller;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The check every admission endpoint makes with {@link AdmissionPolicy}: the role before
 * any lookup (403, ids cannot be probed), then the patient (403 audited {@code DENIED}; a
 * doctor is asked about their care before the patient's existence, so an unknown id is a
 * 403 to them), then whether the patient exists (404). Successes are audited by the
 * endpoint once done, never with the data.
 */
@Component
class AdmissionAccess {

	static final String RESOURCE = "admission";

	private final CareRelations care;

	private final PatientRepository patients;

	private final AuditTrail audit;

	AdmissionAccess(CareRelations care, PatientRepository patients, AuditTrail audit) {
		this.care = care;
		this.patients = patients;
		this.audit = audit;
	}

	void requireRole(Caller caller, AdmissionAction action) {
		if (!AdmissionPolicy.mayEver(caller, action)) {
			throw new AccessDeniedException("Not allowed for your role");
		}
	}

	/**
	 * @param auditAction as the trail names a refusal ({@code admit}, {@code list}…)
	 * @throws AccessDeniedException if not allowed
	 * @throws PatientNotFoundException if there is no such patient
	 */
	void requirePatient(Caller caller, AdmissionAction action, String patientId, String auditAction) {
		requireRole(caller, action);
		if (!AdmissionPolicy.may(caller, action, patientId, () -> this.care.isInCareOf(caller.id(), patientId))) {
			this.audit.record(caller, auditAction, RESOURCE, null, patientId, AuditOutcome.DENIED);
			throw new AccessDeniedException("Not allowed for this patient");
		}
		if (!this.patients.existsById(patientId)) {
			throw new PatientNotFoundException(patientId);
		}
	}

	void audited(Caller caller, String action, String resourceType, String resourceId, String patientId) {
		this.audit.record(caller, action, resourceType, resourceId, patientId, AuditOutcome.SUCCESS);
	}

}
