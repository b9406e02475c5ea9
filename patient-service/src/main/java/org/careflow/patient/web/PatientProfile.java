package org.careflow.patient.web;

import java.time.LocalDate;

import org.careflow.patient.domain.Patient;

record PatientProfile(String id, String email, String firstName, String lastName, LocalDate birthDate, String phone) {

	static PatientProfile of(Patient patient) {
		return new PatientProfile(patient.id(), patient.email(), patient.firstName(), patient.lastName(),
				patient.birthDate(), patient.phone());
	}

}
