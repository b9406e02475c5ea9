package org.careflow.doctor.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles an admin may give a new staff member, each the realm role of the same name.
 * {@code admin} is not one of them: admins are made by whoever runs the realm, so a
 * stolen admin token cannot mint more admins.
 */
enum StaffRole {

	NURSE(false), PHARMACIST(true), DOCTOR(true);

	/** The API's spelling of the roles, for validation messages and patterns. */
	static final String NAMES = "nurse|pharmacist|doctor";

	private final boolean licenseRequired;

	StaffRole(boolean licenseRequired) {
		this.licenseRequired = licenseRequired;
	}

	/** The realm role, also the API's name for the role. */
	String realmRole() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Doctors and pharmacists practise under a licence the clinic must record. */
	boolean licenseRequired() {
		return this.licenseRequired;
	}

	/** Only a doctor has a specialty (their directory profile shows it). */
	boolean hasSpecialty() {
		return this == DOCTOR;
	}

	static Optional<StaffRole> of(String realmRole) {
		return Arrays.stream(values()).filter((role) -> role.realmRole().equals(realmRole)).findFirst();
	}

}
