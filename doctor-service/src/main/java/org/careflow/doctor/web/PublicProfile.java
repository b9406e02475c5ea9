package org.careflow.doctor.web;

import java.util.List;

import org.careflow.doctor.domain.Doctor;

/**
 * A doctor as anyone signed in sees them: names, specialty, department, bio and the
 * languages they speak; no contact details and no license number.
 */
record PublicProfile(String id, String firstName, String lastName, String specialty, String departmentId, String bio,
		List<String> languages) implements ProfileView {

	static PublicProfile of(Doctor doctor) {
		return new PublicProfile(doctor.id(), doctor.firstName(), doctor.lastName(), doctor.specialty(),
				doctor.departmentId(), doctor.profile().bio(), doctor.profile().languages());
	}

}
