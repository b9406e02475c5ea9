package org.careflow.patient.web;

import java.time.LocalDate;

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
	void profileWritesTheBirthDateAsAnIsoDate() throws Exception {
		PatientProfile jane = new PatientProfile("p-1", "jane@example.org", "Jane", "Doe", LocalDate.of(1990, 4, 12),
				"+15550100");

		assertThat(this.profile.write(jane)).isEqualToJson("""
				{"id":"p-1","email":"jane@example.org","firstName":"Jane","lastName":"Doe",
				 "birthDate":"1990-04-12","phone":"+15550100"}
				""", JSONCompareMode.STRICT);
	}

}
