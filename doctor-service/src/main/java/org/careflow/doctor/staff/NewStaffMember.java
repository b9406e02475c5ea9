package org.careflow.doctor.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.careflow.doctor.domain.DoctorDetails;
import org.careflow.platform.identity.NewAccount;

/**
 * A staff member an admin adds, in canonical form (trimmed; email lower case as Keycloak
 * keeps usernames; blank optional fields absent). Single fields are checked at the edge;
 * the rules between fields are here.
 */
record NewStaffMember(StaffRole role, String email, String firstName, String lastName, String departmentId,
		String licenseNumber, String specialty) {

	NewStaffMember {
		email = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null;
		firstName = strip(firstName);
		lastName = strip(lastName);
		departmentId = strip(departmentId);
		licenseNumber = strip(licenseNumber);
		specialty = strip(specialty);
	}

	/**
	 * Doctors and pharmacists need a licence number; a doctor needs a specialty, and
	 * nobody else has one.
	 */
	List<Violation> violations() {
		List<Violation> violations = new ArrayList<>();
		if (this.role.licenseRequired() && this.licenseNumber == null) {
			violations.add(new Violation("licenseNumber", "is required for role " + this.role.realmRole()));
		}
		if (this.role.hasSpecialty() && this.specialty == null) {
			violations.add(new Violation("specialty", "is required for role doctor"));
		}
		if (!this.role.hasSpecialty() && this.specialty != null) {
			violations.add(new Violation("specialty", "is only for role doctor"));
		}
		return violations;
	}

	/**
	 * Its login: no password (its owner chooses one from Keycloak's email), the address
	 * verified because the admin vouches for it.
	 */
	NewAccount account() {
		return new NewAccount(this.email, null, this.firstName, this.lastName, this.role.realmRole(), true);
	}

	DoctorDetails doctorDetails() {
		return new DoctorDetails(this.email, this.firstName, this.lastName, this.specialty);
	}

	private static String strip(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
