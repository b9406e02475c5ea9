package org.careflow.patient.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.careflow.patient.domain.EmergencyContact;
import org.careflow.patient.domain.Gender;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PostalAddress;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON of the patient API is a contract with its clients; these tests pin it. */
@JsonTest
class PatientApiJsonTest {

	@Autowired
	private JacksonTester<RegistrationRequest> request;

	@Autowired
	private JacksonTester<RegisteredPatient> registered;

	@Autowired
	private JacksonTester<PatientProfile> profile;

	@Test
	void registrationIsReadWithAnIsoBirthDate() throws Exception {
		String json = """
				{"email":"jane@example.org","password":"s3cret-pw","firstName":"Jane","lastName":"Doe",
				 "birthDate":"1990-04-12","phone":"+15550100"}
				""";

		assertThat(this.request.parseObject(json)).isEqualTo(new RegistrationRequest("jane@example.org", "s3cret-pw",
				"Jane", "Doe", LocalDate.of(1990, 4, 12), "+15550100"));
	}

	@Test
	void registrationAnswerCarriesIdEmailAndNamesButNoPassword() throws Exception {
		RegisteredPatient answer = new RegisteredPatient("p-1", "jane@example.org", "Jane", "Doe");

		assertThat(this.registered.write(answer)).isEqualToJson("""
				{"id":"p-1","email":"jane@example.org","firstName":"Jane","lastName":"Doe"}
				""", JSONCompareMode.STRICT);
	}

	@Test
	void profileKeepsItsFirstFieldsAndAddsTheNewOnesWithTheAgeAndFhirGenderCodes() throws Exception {
		Patient stored = new Patient("p-1", "jane@example.org", "Jane", "Doe", LocalDate.of(1990, 4, 12), "+15550100",
				Instant.EPOCH, List.of(), Gender.FEMALE,
				new PostalAddress("1 Rue de la Paix", null, "Paris", "75002", "FR"), "fr",
				List.of(new EmergencyContact("John Doe", "brother", "+15550101")), "doc-1", "cardiology", 3L);

		assertThat(this.profile.write(PatientProfile.of(stored, LocalDate.of(2026, 4, 11)))).isEqualToJson("""
				{"id":"p-1","email":"jane@example.org","firstName":"Jane","lastName":"Doe",
				 "birthDate":"1990-04-12","phone":"+15550100","age":35,"gender":"female",
				 "address":{"line1":"1 Rue de la Paix","line2":null,"city":"Paris","postalCode":"75002","country":"FR"},
				 "preferredLanguage":"fr",
				 "emergencyContacts":[{"name":"John Doe","relationship":"brother","phone":"+15550101"}],
				 "attendingDoctorId":"doc-1","departmentId":"cardiology","version":3}
				""", JSONCompareMode.STRICT);
	}

}
