package org.careflow.patient.domain;

import java.util.List;

/** The part of a profile the patient keeps up to date themself. */
public record ContactDetails(String phone, PostalAddress address, String preferredLanguage,
		List<EmergencyContact> emergencyContacts) {

	public ContactDetails {
		emergencyContacts = (emergencyContacts != null) ? List.copyOf(emergencyContacts) : List.of();
	}

}
