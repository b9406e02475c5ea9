package org.careflow.patient.directory;

import java.time.LocalDate;

import org.careflow.patient.domain.Patient;

/**
 * One patient found: enough to tell namesakes apart and open the profile ({@code GET
 * /api/patients/{id}}), no contact details.
 */
record DirectoryEntry(String id, String firstName, String lastName, LocalDate birthDate, String gender,
		String departmentId, String attendingDoctorId) {

	static DirectoryEntry of(Patient patient) {
		return new DirectoryEntry(patient.id(), patient.firstName(), patient.lastName(), patient.birthDate(),
				(patient.gender() != null) ? patient.gender().code() : null, patient.departmentId(),
				patient.attendingDoctorId());
	}

}
