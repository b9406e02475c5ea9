package org.careflow.doctor.web;

import org.careflow.doctor.domain.Doctor;

/**
 * The answer to adding a doctor; {@code id} is also the token subject of the new login.
 */
record RegisteredDoctor(String id, String email, String firstName, String lastName, String specialty) {

	static RegisteredDoctor of(Doctor doctor) {
		return new RegisteredDoctor(doctor.id(), doctor.email(), doctor.firstName(), doctor.lastName(),
				doctor.specialty());
	}

}
