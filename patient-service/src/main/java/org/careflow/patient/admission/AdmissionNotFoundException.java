package org.careflow.patient.admission;

/** 404: no such admission of the path's patient. */
class AdmissionNotFoundException extends RuntimeException {

	AdmissionNotFoundException(String admissionId) {
		super("No admission with id " + admissionId + " of this patient.");
	}

}
