package org.careflow.doctor.domain;

import java.util.List;

/** Doctors for tests. */
final class DoctorTestData {

	private DoctorTestData() {
	}

	static Doctor house() {
		return Doctor.register("d-1",
				new DoctorDetails("g.house@example.org", "Gregory", "House", "Internal Medicine"));
	}

	/** House with a profile, a license number and a department, at version 3. */
	static Doctor houseWithProfile() {
		return new Doctor("d-1", "g.house@example.org", "Gregory", "House", "Internal Medicine", "dep-1", null,
				List.of(), "CH-12345", new DoctorProfile("Diagnostician.", "+41 44 123 45 67", List.of("en", "it")),
				null, 3L);
	}

}
