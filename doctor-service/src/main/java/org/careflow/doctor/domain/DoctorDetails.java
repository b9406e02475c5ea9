package org.careflow.doctor.domain;

import java.util.Locale;

/**
 * Who a doctor is. The email is kept in one canonical form (trimmed, lower case), as
 * Keycloak keeps usernames; names and specialty are trimmed.
 */
public record DoctorDetails(String email, String firstName, String lastName, String specialty) {

	public DoctorDetails {
		email = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null;
		firstName = strip(firstName);
		lastName = strip(lastName);
		specialty = strip(specialty);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : null;
	}

}
