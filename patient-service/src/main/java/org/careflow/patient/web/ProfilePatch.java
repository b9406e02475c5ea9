package org.careflow.patient.web;

import org.careflow.patient.domain.ContactDetails;
import org.careflow.patient.domain.InvalidProfileException;
import org.careflow.patient.domain.ProfileFields;
import tools.jackson.databind.JsonNode;

/**
 * A patient's change of their own profile, as a JSON merge patch (RFC 7396): fields left
 * out stay, fields sent as null are cleared, an address is merged part by part, the list
 * of emergency contacts is replaced whole. Only {@link ProfileFields#PATIENT_MAY_CHANGE};
 * any other field refuses the whole change. The phone cannot be cleared: the clinic must
 * be able to reach the patient (registration requires it too).
 */
final class ProfilePatch {

	private ProfilePatch() {
	}

	/**
	 * @throws InvalidProfileException naming every field that may not be changed or is
	 * invalid; nothing is changed then
	 */
	static ContactDetails apply(ContactDetails current, JsonNode patch) {
		ProfileReader reader = new ProfileReader();
		ProfileFields.checkPatientMayChange(patch.propertyNames(), reader.violations());
		String phone = current.phone();
		if (patch.has("phone")) {
			phone = patch.get("phone").isNull() ? cannotClear(reader) : reader.phone("phone", patch.get("phone"));
		}
		var address = patch.has("address") ? reader.address("address", current.address(), patch.get("address"))
				: current.address();
		String language = patch.has("preferredLanguage")
				? reader.language("preferredLanguage", patch.get("preferredLanguage")) : current.preferredLanguage();
		var contacts = patch.has("emergencyContacts")
				? reader.contacts("emergencyContacts", patch.get("emergencyContacts")) : current.emergencyContacts();
		reader.violations().throwIfAny();
		return new ContactDetails(phone, address, language, contacts);
	}

	private static String cannotClear(ProfileReader reader) {
		reader.violations().add("phone", "is required and cannot be cleared; send the new number instead");
		return null;
	}

}
