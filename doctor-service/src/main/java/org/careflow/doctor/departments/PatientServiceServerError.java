package org.careflow.doctor.departments;

/** patient-service answered 5xx: counted by the circuit breaker, retried once. */
public class PatientServiceServerError extends RuntimeException {

	PatientServiceServerError(int status) {
		super("patient-service answered " + status);
	}

}
