package org.careflow.patient.web;

import org.careflow.patient.domain.Patient;

/**
 * The answer to a registration; {@code id} is also the token subject of the new login.
 */
record RegisteredPatient(String id, String email, String firstName, String lastName) {

	static RegisteredPatient of(Patient patient) {
		return new RegisteredPatient(patient.id(), patient.email(), patient.firstName(), patient.lastName());
	}

}
