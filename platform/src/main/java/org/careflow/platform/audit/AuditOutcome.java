package org.careflow.platform.audit;

/** Whether the access that was tried took place. */
public enum AuditOutcome {

	/** The caller read or changed the data. */
	SUCCESS,

	/** The caller was refused (no right, not theirs, a rule forbade it). */
	DENIED,

	/**
	 * The caller read or changed the data only because they declared an emergency
	 * ("breaking the glass": a doctor opening the chart of a patient outside their care).
	 * Such entries are for review.
	 */
	EMERGENCY

}
