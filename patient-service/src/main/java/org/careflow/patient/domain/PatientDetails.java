package org.careflow.patient.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a patient tells us about themselves. The email is kept in one canonical form
 * (trimmed, lower case) so that "Jane@X.org" and "jane@x.org" are the same person, as
 * they are for Keycloak's usernames.
 */
public record PatientDetails(String email, String firstName, String lastName, LocalDate birthDate, String phone) {

	public PatientDetails {
		email = normaliseEmail(email);
	}

	public static String normaliseEmail(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null;
	}

}
