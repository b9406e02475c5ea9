package org.careflow.patient.web;

import java.time.LocalDate;

import org.careflow.patient.domain.ContactDetails;
import org.careflow.patient.domain.InvalidProfileException;
import org.careflow.patient.domain.ProfileFields;
import org.careflow.patient.domain.StaffProfile;
import tools.jackson.databind.JsonNode;

/**
 * A whole profile as the clinic's staff send it ({@code PUT}): names, birth date and
 * phone required, the rest optional (left out = none), with the {@code version} they
 * read. The id and the email are the login's and are refused, as is any unknown field.
 */
record StaffProfileRequest(StaffProfile profile, long version) {

	/**
	 * @throws InvalidProfileException naming every bad field
	 */
	static StaffProfileRequest read(JsonNode body, LocalDate today) {
		ProfileReader reader = new ProfileReader();
		ProfileFields.checkStaffMayChange(body.propertyNames(), reader.violations());
		String firstName = reader.personName("firstName", body.get("firstName"));
		String lastName = reader.personName("lastName", body.get("lastName"));
		LocalDate birthDate = reader.date("birthDate", body.get("birthDate"));
		if (reader.violations().found().stream().noneMatch((violation) -> violation.field().equals("birthDate"))) {
			birthDate = ProfileFields.birthDate("birthDate", birthDate, today, reader.violations());
		}
		ContactDetails contact = new ContactDetails(reader.phone("phone", body.get("phone")),
				reader.address("address", null, body.get("address")),
				reader.language("preferredLanguage", body.get("preferredLanguage")),
				reader.contacts("emergencyContacts", body.get("emergencyContacts")));
		StaffProfile profile = new StaffProfile(firstName, lastName, birthDate,
				reader.gender("gender", body.get("gender")), contact,
				reader.id("attendingDoctorId", body.get("attendingDoctorId")),
				reader.id("departmentId", body.get("departmentId")));
		long version = reader.version("version", body.get("version"));
		reader.violations().throwIfAny();
		return new StaffProfileRequest(profile, version);
	}

}
