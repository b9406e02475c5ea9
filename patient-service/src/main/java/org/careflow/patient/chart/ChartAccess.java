package org.careflow.patient.chart;

import java.util.Optional;

import org.careflow.patient.care.CareRelations;
import org.careflow.patient.chart.ChartPolicy.Verdict;
import org.careflow.platform.audit.AuditOutcome;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.security.Caller;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The check every chart endpoint makes: {@link ChartPolicy} with the patient's standing
 * from {@link CareRelations}, a refusal audited and answered 403, an emergency access
 * recorded with its reason. The endpoint then records what it did with
 * {@link #audit(ChartGrant, String, String)} once it has done it.
 */
@Component
public class ChartAccess {

	private final CareRelations care;

	private final AuditTrail audit;

	private final EmergencyAccesses emergencies;

	ChartAccess(CareRelations care, AuditTrail audit, EmergencyAccesses emergencies) {
		this.care = care;
		this.audit = audit;
		this.emergencies = emergencies;
	}

	/**
	 * Refuses, before any lookup, a caller whose roles never allow this (so ids cannot be
	 * probed).
	 * @throws AccessDeniedException if no role of the caller ever may
	 */
	public void requireRole(Caller caller, ChartArea area, ChartAction action) {
		if (!ChartPolicy.mayEver(caller, area, action)) {
			throw new AccessDeniedException("Not allowed to " + action.auditName() + " " + area.resourceType() + "s");
		}
	}

	/**
	 * @param resourceId the entry acted on, or {@code null} for a list or a new entry
	 * @param emergency the reason the caller gave to break the glass, if any
	 * @throws AccessDeniedException if not allowed (audited as {@code DENIED})
	 */
	public ChartGrant require(Caller caller, String patientId, ChartArea area, ChartAction action, String resourceId,
			Optional<EmergencyReason> emergency) {
		Verdict verdict = ChartPolicy.decide(caller, patientId, area, action, standingOf(patientId),
				emergency.isPresent());
		if (verdict == Verdict.DENIED) {
			this.audit.record(caller, action.auditName(), area.resourceType(), resourceId, patientId,
					AuditOutcome.DENIED);
			throw new AccessDeniedException(
					"Not allowed to " + action.auditName() + " this patient's " + area.resourceType() + "s");
		}
		if (verdict == Verdict.GRANTED_IN_EMERGENCY) {
			this.emergencies.record(caller.id(), patientId, area, emergency.orElseThrow());
		}
		return new ChartGrant(caller, patientId, area, verdict == Verdict.GRANTED_IN_EMERGENCY);
	}

	/**
	 * Records what was done under the grant ({@code EMERGENCY} if the glass was broken).
	 */
	public void audit(ChartGrant grant, String action, String resourceId) {
		this.audit.record(grant.caller(), action, grant.area().resourceType(), resourceId, grant.patientId(),
				grant.emergency() ? AuditOutcome.EMERGENCY : AuditOutcome.SUCCESS);
	}

	private CareStanding standingOf(String patientId) {
		return new CareStanding() {

			@Override
			public boolean isInCareOf(String doctorId) {
				return ChartAccess.this.care.isInCareOf(doctorId, patientId);
			}

			@Override
			public boolean isClinicPatient() {
				return ChartAccess.this.care.isClinicPatient(patientId);
			}

		};
	}

}
