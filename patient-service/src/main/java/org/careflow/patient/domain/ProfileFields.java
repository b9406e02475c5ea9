package org.careflow.patient.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Who may change which field of a profile. A patient keeps their contact details up to
 * date; what the clinic relies on (names, birth date, gender, who treats them) is set by
 * its staff; the email belongs to the login, whose new address Keycloak verifies first.
 * Nothing sent is ever ignored: a field the caller may not change is refused, naming it.
 */
public final class ProfileFields {

	public static final Set<String> PATIENT_MAY_CHANGE = Set.of("phone", "address", "preferredLanguage",
			"emergencyContacts");

	public static final Set<String> STAFF_ONLY = Set.of("firstName", "lastName", "birthDate", "gender",
			"attendingDoctorId", "departmentId", "id", "version");

	public static final String EMAIL = "email";

	public static final String AGE = "age";

	/** Nobody alive was born before this; an earlier date is a typo. */
	public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	static final String STAFF_ONLY_MESSAGE = "may be changed by the clinic's staff only";

	static final String EMAIL_MESSAGE = "is changed on your account page (Keycloak), which verifies the new "
			+ "address before it is used";

	static final String AGE_MESSAGE = "is worked out from the birth date and cannot be set";

	static final String UNKNOWN_MESSAGE = "is not a field of the patient profile";

	private ProfileFields() {
	}

	/** Reports each field of a patient's own change that they may not change. */
	public static void checkPatientMayChange(Collection<String> fields, Violations violations) {
		for (String field : fields) {
			if (PATIENT_MAY_CHANGE.contains(field)) {
				continue;
			}
			violations.add(field, STAFF_ONLY.contains(field) ? STAFF_ONLY_MESSAGE : othersMessage(field));
		}
	}

	/** Reports each field of a staff member's change that nobody may set that way. */
	public static void checkStaffMayChange(Collection<String> fields, Violations violations) {
		for (String field : fields) {
			if (PATIENT_MAY_CHANGE.contains(field) || (STAFF_ONLY.contains(field) && !"id".equals(field))) {
				continue;
			}
			violations.add(field, "id".equals(field) ? "is the login's and never changes" : othersMessage(field));
		}
	}

	private static String othersMessage(String field) {
		return switch (field) {
			case EMAIL -> EMAIL_MESSAGE;
			case AGE -> AGE_MESSAGE;
			default -> UNKNOWN_MESSAGE;
		};
	}

	/** A birth date in the past (or today), not before {@link #EARLIEST_BIRTH_DATE}. */
	public static LocalDate birthDate(String field, LocalDate date, LocalDate today, Violations violations) {
		if (date == null) {
			violations.add(field, "is required");
			return null;
		}
		if (date.isBefore(EARLIEST_BIRTH_DATE) || date.isAfter(today)) {
			violations.add(field, "must be between " + EARLIEST_BIRTH_DATE + " and today");
			return null;
		}
		return date;
	}

}
