package org.careflow.doctor.web;

import org.careflow.doctor.domain.Doctor;

/**
 * A doctor as the directory shows them to anyone signed in: no contact details.
 * {@code departmentId} is null while they belong to no department. Public because the
 * department's list of doctors shows the same summaries.
 */
public record DoctorSummary(String id, String firstName, String lastName, String specialty, String departmentId) {

	public static DoctorSummary of(Doctor doctor) {
		return new DoctorSummary(doctor.id(), doctor.firstName(), doctor.lastName(), doctor.specialty(),
				doctor.departmentId());
	}

}
