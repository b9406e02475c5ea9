package org.careflow.patient.admission;

/**
 * 409: the patient or the bed is not in a state that allows it (already admitted, bed
 * taken…).
 */
class AdmissionConflictException extends RuntimeException {

	AdmissionConflictException(String message) {
		super(message);
	}

}
