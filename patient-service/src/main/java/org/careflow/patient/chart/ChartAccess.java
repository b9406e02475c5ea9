package org.careflow.patient.chart;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

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
	 * A page of the patient's entries of one area, for a caller allowed to list them,
	 * audited as {@code list}. The role is checked first, then whose list it is
	 * ({@link ChartLists#patientOf}), then the patient's chart.
	 * @param requestedPatientId as the request names it (a patient may leave it out)
	 * @param page reads the page of the patient named
	 */
	public <T> List<T> list(Caller caller, String requestedPatientId, ChartArea area,
			Optional<EmergencyReason> emergency, Function<String, List<T>> page) {
		requireRole(caller, area, ChartAction.LIST);
		String patientId = ChartLists.patientOf(caller, requestedPatientId);
		ChartGrant grant = require(caller, patientId, area, ChartAction.LIST, null, emergency);
		List<T> entries = page.apply(patientId);
		audit(grant, "list", null);
		return entries;
	}

	/**
	 * One entry, for a caller allowed to read it (the role before the lookup, the
	 * patient's chart after), audited as {@code read}.
	 * @param lookup finds the entry, or throws {@link ChartEntryNotFoundException}
	 */
	public <T extends ChartEntry> T read(Caller caller, String id, ChartArea area, Optional<EmergencyReason> emergency,
			Function<String, T> lookup) {
		Permitted<T> permitted = permit(caller, area, ChartAction.READ, id, emergency, lookup);
		audit(permitted.grant(), "read", id);
		return permitted.entry();
	}

	/**
	 * A new entry in a patient's chart, for a caller allowed to write it (the role first,
	 * then whose chart, then the chart itself), audited as {@code create}.
	 * @param requestedPatientId as the request names it
	 * @param store builds and stores the entry for the patient named
	 */
	public <T extends ChartEntry> T create(Caller caller, String requestedPatientId, ChartArea area,
			Optional<EmergencyReason> emergency, Function<String, T> store) {
		requireRole(caller, area, ChartAction.WRITE);
		String patientId = ChartLists.patientOf(caller, requestedPatientId);
		ChartGrant grant = require(caller, patientId, area, ChartAction.WRITE, null, emergency);
		T created = store.apply(patientId);
		audit(grant, "create", created.id());
		return created;
	}

	/**
	 * One entry, once the caller may act on it: the role before the lookup (so ids cannot
	 * be probed), the patient's chart after it.
	 * @param lookup finds the entry, or throws {@link ChartEntryNotFoundException}
	 */
	public <T extends ChartEntry> Permitted<T> permit(Caller caller, ChartArea area, ChartAction action, String id,
			Optional<EmergencyReason> emergency, Function<String, T> lookup) {
		requireRole(caller, area, action);
		T entry = lookup.apply(id);
		return new Permitted<>(entry, require(caller, entry.patientId(), area, action, id, emergency));
	}

	/**
	 * Makes and stores a change to a permitted entry, then audits it.
	 * @param auditAction what the trail calls it: {@code update},
	 * {@code entered-in-error}, {@code perform}, …
	 * @param change makes the change from the entry as read and stores it (a stale
	 * version is refused there)
	 */
	public <T extends ChartEntry> T change(Permitted<T> permitted, String auditAction, UnaryOperator<T> change) {
		T changed = change.apply(permitted.entry());
		audit(permitted.grant(), auditAction, permitted.entry().id());
		return changed;
	}

	/**
	 * Records what was done under the grant ({@code EMERGENCY} if the glass was broken).
	 */
	public void audit(ChartGrant grant, String action, String resourceId) {
		this.audit.record(grant.caller(), action, grant.area().resourceType(), resourceId, grant.patientId(),
				grant.emergency() ? AuditOutcome.EMERGENCY : AuditOutcome.SUCCESS);
	}

	/**
	 * An entry a caller may act on, as it was read, and the grant to audit what is done
	 * with it.
	 */
	public record Permitted<T extends ChartEntry>(T entry, ChartGrant grant) {

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
