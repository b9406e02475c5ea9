package org.careflow.patient.admission;

/** What a caller may try, for {@link AdmissionPolicy}. */
enum AdmissionAction {

	/** Admit or discharge a patient. */
	ADMIT_OR_DISCHARGE,

	/** Read a patient's admissions. */
	READ_HISTORY,

	/** See a department's beds and who lies in them. */
	VIEW_BEDS,

	/** Mark a bed cleaned after a discharge. */
	MARK_READY

}
