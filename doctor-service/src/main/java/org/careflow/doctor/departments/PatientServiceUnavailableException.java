package org.careflow.doctor.departments;

/**
 * patient-service could not say who lies in or belongs to a department (down, failing,
 * its breaker open, or it did not accept our call), so the department is not removed.
 */
public class PatientServiceUnavailableException extends RuntimeException {

	PatientServiceUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
