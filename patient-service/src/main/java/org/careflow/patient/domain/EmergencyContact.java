package org.careflow.patient.domain;

import java.util.List;

/** Whom to call for the patient: a name and a phone number, the relationship optional. */
public record EmergencyContact(String name, String relationship, String phone) {

	public static final int MAX_CONTACTS = 5;

	public static final int MAX_NAME = 100;

	public static final int MAX_RELATIONSHIP = 50;

	/** The contact as given, checked (problems named {@code field.name} and so on). */
	public static EmergencyContact of(String field, String name, String relationship, String phone,
			Violations violations) {
		return new EmergencyContact(violations.personName(field + ".name", name, MAX_NAME),
				violations.text(field + ".relationship", relationship, MAX_RELATIONSHIP),
				violations.phone(field + ".phone", phone));
	}

	/** At most {@value #MAX_CONTACTS}: a directory is not the point. */
	public static void checkCount(String field, List<?> contacts, Violations violations) {
		if (contacts.size() > MAX_CONTACTS) {
			violations.add(field, "may hold at most " + MAX_CONTACTS + " contacts");
		}
	}

}
