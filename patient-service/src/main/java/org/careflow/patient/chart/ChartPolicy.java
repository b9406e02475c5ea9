package org.careflow.patient.chart;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.careflow.platform.security.Caller;

/**
 * Who may do what with which part of whose chart (seed 003's roles):
 * <ul>
 * <li>a patient lists and reads their own chart, and writes none of it;</li>
 * <li>a doctor reads and writes the chart of a patient in their care (has or had an
 * appointment with them); outside their care only by declaring an emergency ("breaking
 * the glass"), which is allowed and flagged in the audit trail;</li>
 * <li>a nurse, for the clinic's patients: reads and writes records, reads, writes and
 * performs procedures, reads allergies, reads and records vaccines; no
 * prescriptions;</li>
 * <li>a pharmacist reads a prescription (by id or QR code) and fills it; no lists, no
 * other part of the chart;</li>
 * <li>an admin does everything, for administration.</li>
 * </ul>
 * A caller with several roles gets the most any of them allows.
 */
public final class ChartPolicy {

	private static final Set<ChartAction> READING = EnumSet.of(ChartAction.LIST, ChartAction.READ);

	private static final Set<ChartAction> CLINICAL = EnumSet.of(ChartAction.LIST, ChartAction.READ, ChartAction.WRITE,
			ChartAction.PERFORM);

	private static final Map<ChartArea, Set<ChartAction>> NURSE = Map.of(ChartArea.RECORDS,
			EnumSet.of(ChartAction.LIST, ChartAction.READ, ChartAction.WRITE), ChartArea.PROCEDURES, CLINICAL,
			ChartArea.ALLERGIES, READING, ChartArea.VACCINES,
			EnumSet.of(ChartAction.LIST, ChartAction.READ, ChartAction.WRITE), ChartArea.PRESCRIPTIONS,
			EnumSet.noneOf(ChartAction.class));

	private static final Set<ChartAction> PHARMACIST = EnumSet.of(ChartAction.READ, ChartAction.FILL);

	private ChartPolicy() {
	}

	/**
	 * @param emergencyDeclared whether the caller gave a reason to break the glass
	 */
	public static Verdict decide(Caller caller, String patientId, ChartArea area, ChartAction action, CareStanding care,
			boolean emergencyDeclared) {
		Verdict best = Verdict.DENIED;
		for (String role : caller.roles()) {
			Verdict verdict = byRole(role, caller.id(), patientId, area, action, care, emergencyDeclared);
			if (verdict.compareTo(best) > 0) {
				best = verdict;
			}
		}
		return best;
	}

	/**
	 * Whether some patient's chart could allow this, before anything is looked up: a role
	 * that may never do it is refused without learning whether the entry exists.
	 */
	public static boolean mayEver(Caller caller, ChartArea area, ChartAction action) {
		return caller.roles().stream().anyMatch((role) -> switch (role) {
			case "admin" -> true;
			case "patient" -> READING.contains(action);
			case "doctor" -> CLINICAL.contains(action);
			case "nurse" -> NURSE.get(area).contains(action);
			case "pharmacist" -> area == ChartArea.PRESCRIPTIONS && PHARMACIST.contains(action);
			default -> false;
		});
	}

	private static Verdict byRole(String role, String callerId, String patientId, ChartArea area, ChartAction action,
			CareStanding care, boolean emergencyDeclared) {
		return switch (role) {
			case "admin" -> Verdict.GRANTED;
			case "patient" -> allowIf(READING.contains(action) && callerId.equals(patientId));
			case "doctor" -> {
				if (!CLINICAL.contains(action)) {
					yield Verdict.DENIED;
				}
				if (care.isInCareOf(callerId)) {
					yield Verdict.GRANTED;
				}
				yield emergencyDeclared ? Verdict.GRANTED_IN_EMERGENCY : Verdict.DENIED;
			}
			case "nurse" -> allowIf(NURSE.get(area).contains(action) && care.isClinicPatient());
			case "pharmacist" -> allowIf(area == ChartArea.PRESCRIPTIONS && PHARMACIST.contains(action));
			default -> Verdict.DENIED;
		};
	}

	private static Verdict allowIf(boolean allowed) {
		return allowed ? Verdict.GRANTED : Verdict.DENIED;
	}

	/** The answer, weakest first (a caller with several roles gets the strongest). */
	public enum Verdict {

		DENIED,

		/** Allowed only because the caller declared an emergency: audited as such. */
		GRANTED_IN_EMERGENCY,

		GRANTED

	}

}
