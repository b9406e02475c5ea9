package org.careflow.patient.web;

import java.time.LocalDate;
import java.util.List;

import org.careflow.patient.domain.EmergencyContact;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PostalAddress;

/**
 * A profile as the API shows it. The first six fields are those of the first version
 * (other services and clients read them); {@code age} is worked out on the day asked.
 */
public record PatientProfile(String id, String email, String firstName, String lastName, LocalDate birthDate,
		String phone, Integer age, String gender, PostalAddress address, String preferredLanguage,
		List<EmergencyContact> emergencyContacts, String attendingDoctorId, String departmentId, long version) {

	public static PatientProfile of(Patient patient, LocalDate today) {
		return new PatientProfile(patient.id(), patient.email(), patient.firstName(), patient.lastName(),
				patient.birthDate(), patient.phone(), patient.ageOn(today),
				(patient.gender() != null) ? patient.gender().code() : null, patient.address(),
				patient.preferredLanguage(), patient.emergencyContacts(), patient.attendingDoctorId(),
				patient.departmentId(), patient.version());
	}

}
