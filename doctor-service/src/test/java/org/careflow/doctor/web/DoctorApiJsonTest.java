package org.careflow.doctor.web;

import java.util.List;

import org.careflow.doctor.domain.Doctor;
import org.careflow.doctor.domain.DoctorProfile;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON of the doctor API is a contract with its clients; these tests pin it. */
@JsonTest
class DoctorApiJsonTest {

	@Autowired
	private JacksonTester<NewDoctorRequest> request;

	@Autowired
	private JacksonTester<RegisteredDoctor> registered;

	@Autowired
	private JacksonTester<DoctorSummary> summary;

	@Autowired
	private JacksonTester<PublicProfile> publicProfile;

	@Autowired
	private JacksonTester<FullProfile> fullProfile;

	private final Doctor house = new Doctor("d-1", "g.house@example.org", "Gregory", "House", "Internal Medicine",
			"dep-1", null, List.of(), "CH-12345",
			new DoctorProfile("Diagnostician.", "+41 44 123 45 67", List.of("en")), null, 4L);

	@Test
	void newDoctorIsReadFromItsFiveFields() throws Exception {
		String json = """
				{"email":"g.house@example.org","password":"s3cret-pw","firstName":"Gregory","lastName":"House",
				 "specialty":"Internal Medicine"}
				""";

		assertThat(this.request.parseObject(json)).isEqualTo(
				new NewDoctorRequest("g.house@example.org", "s3cret-pw", "Gregory", "House", "Internal Medicine"));
	}

	@Test
	void answerToAddingADoctorCarriesTheEmailButNoPassword() throws Exception {
		RegisteredDoctor answer = new RegisteredDoctor("d-1", "g.house@example.org", "Gregory", "House",
				"Internal Medicine");

		assertThat(this.registered.write(answer)).isEqualToJson("""
				{"id":"d-1","email":"g.house@example.org","firstName":"Gregory","lastName":"House",
				 "specialty":"Internal Medicine"}
				""", JSONCompareMode.STRICT);
	}

	@Test
	void directoryEntryShowsNameSpecialtyAndDepartmentButNoEmail() throws Exception {
		DoctorSummary house = new DoctorSummary("d-1", "Gregory", "House", "Internal Medicine", "dep-1");

		assertThat(this.summary.write(house)).isEqualToJson("""
				{"id":"d-1","firstName":"Gregory","lastName":"House","specialty":"Internal Medicine",
				 "departmentId":"dep-1"}
				""", JSONCompareMode.STRICT);
	}

	@Test
	void aDoctorInNoDepartmentSaysSo() throws Exception {
		DoctorSummary house = new DoctorSummary("d-1", "Gregory", "House", "Internal Medicine", null);

		assertThat(this.summary.write(house)).extractingJsonPathValue("$.departmentId").isNull();
		assertThat(this.summary.write(house).getJson()).contains("\"departmentId\":null");
	}

	@Test
	void thePublicProfileShowsBioAndLanguagesButNoPhoneLicenseOrEmail() throws Exception {
		assertThat(this.publicProfile.write(PublicProfile.of(this.house))).isEqualToJson("""
				{"id":"d-1","firstName":"Gregory","lastName":"House","specialty":"Internal Medicine",
				 "departmentId":"dep-1","bio":"Diagnostician.","languages":["en"]}
				""", JSONCompareMode.STRICT);
	}

	@Test
	void theFullProfileAddsPhoneLicenseActiveAndVersionButNoEmail() throws Exception {
		assertThat(this.fullProfile.write(FullProfile.of(this.house))).isEqualToJson("""
				{"id":"d-1","firstName":"Gregory","lastName":"House","specialty":"Internal Medicine",
				 "departmentId":"dep-1","bio":"Diagnostician.","languages":["en"],"phone":"+41 44 123 45 67",
				 "licenseNumber":"CH-12345","active":true,"version":4}
				""", JSONCompareMode.STRICT);
	}

}
