package org.careflow.doctor.web;

import java.util.List;

import org.careflow.doctor.domain.Doctor;

/**
 * A doctor as they themself and admins see them: the public profile plus the contact
 * phone, the license number, whether they are active, and the {@code version} a change
 * must name.
 */
record FullProfile(String id, String firstName, String lastName, String specialty, String departmentId, String bio,
		List<String> languages, String phone, String licenseNumber, boolean active,
		long version) implements ProfileView {

	static FullProfile of(Doctor doctor) {
		return new FullProfile(doctor.id(), doctor.firstName(), doctor.lastName(), doctor.specialty(),
				doctor.departmentId(), doctor.profile().bio(), doctor.profile().languages(), doctor.profile().phone(),
				doctor.licenseNumber(), doctor.active(), doctor.version());
	}

}
