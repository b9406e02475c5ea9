package org.careflow.doctor.staff;

/** Scheduling answered 5xx: worth a retry, and it counts against the circuit breaker. */
class SchedulingServerError extends RuntimeException {

	SchedulingServerError(int status) {
		super("Scheduling service answered " + status);
	}

}
