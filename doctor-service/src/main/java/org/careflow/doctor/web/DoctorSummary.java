package org.careflow.doctor.web;

import org.careflow.doctor.domain.Doctor;

/** A doctor as the directory shows them to anyone signed in: no contact details. */
record DoctorSummary(String id, String firstName, String lastName, String specialty) {

	static DoctorSummary of(Doctor doctor) {
		return new DoctorSummary(doctor.id(), doctor.firstName(), doctor.lastName(), doctor.specialty());
	}

}
