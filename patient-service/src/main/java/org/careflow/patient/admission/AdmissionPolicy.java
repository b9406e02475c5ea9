package org.careflow.patient.admission;

import java.util.function.BooleanSupplier;

import org.careflow.platform.security.Caller;

/**
 * Who may do what with admissions. Nurses and admins admit and discharge any patient (an
 * admission may come before any appointment: an emergency); a doctor only a patient in
 * their care (has or had an appointment with them), as for the chart, without breaking
 * the glass (a nurse admits in an emergency). The bed board is the ward's: every nurse,
 * doctor and admin sees it. Only nurses and admins mark beds ready (housekeeping is not a
 * doctor's task). A patient reads their own admissions; pharmacists nothing.
 */
final class AdmissionPolicy {

	private AdmissionPolicy() {
	}

	/** Whether any patient's answer could be yes: checked before any lookup. */
	static boolean mayEver(Caller caller, AdmissionAction action) {
		boolean staff = caller.is("admin") || caller.is("nurse");
		return switch (action) {
			case ADMIT_OR_DISCHARGE -> staff || caller.is("doctor");
			case READ_HISTORY -> staff || caller.is("doctor") || caller.is("patient");
			case VIEW_BEDS -> staff || caller.is("doctor");
			case MARK_READY -> staff;
		};
	}

	/**
	 * @param inCare whether the caller, a doctor, has the patient in their care (asked
	 * only for a doctor who is nothing more)
	 */
	static boolean may(Caller caller, AdmissionAction action, String patientId, BooleanSupplier inCare) {
		if (!mayEver(caller, action)) {
			return false;
		}
		if (caller.is("admin") || caller.is("nurse")) {
			return true;
		}
		return switch (action) {
			case ADMIT_OR_DISCHARGE -> caller.is("doctor") && inCare.getAsBoolean();
			case READ_HISTORY -> caller.id().equals(patientId) || (caller.is("doctor") && inCare.getAsBoolean());
			case VIEW_BEDS -> true;
			case MARK_READY -> false;
		};
	}

}
