package org.careflow.patient.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.careflow.patient.domain.ContactDetails;
import org.careflow.patient.domain.Gender;
import org.careflow.patient.domain.InvalidProfileException;
import org.careflow.patient.domain.PostalAddress;
import org.careflow.patient.domain.ProfileViolation;
import org.careflow.patient.domain.StaffProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A whole profile as the clinic's staff send it. */
class StaffProfileRequestTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void theMinimalProfileIsNamesBirthDatePhoneAndTheVersionRead() {
		StaffProfileRequest request = read("""
				{"firstName":"Ada","lastName":"Lovelace","birthDate":"1985-12-10","phone":"+15550100","version":0}
				""");

		assertThat(request.version()).isZero();
		assertThat(request.profile()).isEqualTo(new StaffProfile("Ada", "Lovelace", LocalDate.of(1985, 12, 10), null,
				new ContactDetails("+15550100", null, null, List.of()), null, null));
	}

	@Test
	void everyFieldTheStaffSet() {
		StaffProfileRequest request = read("""
				{"firstName":"Ada","lastName":"King","birthDate":"1985-12-10","gender":"female","phone":"+15550100",
				 "address":{"line1":"12 St James's Square","city":"London","country":"gb"},"preferredLanguage":"en-GB",
				 "emergencyContacts":[{"name":"William King","relationship":"husband","phone":"+15550101"}],
				 "attendingDoctorId":"00000000-0000-4000-8000-000000000002","departmentId":"cardiology","version":4}
				""");

		assertThat(request.version()).isEqualTo(4);
		assertThat(request.profile().gender()).isEqualTo(Gender.FEMALE);
		assertThat(request.profile().contact().address())
			.isEqualTo(new PostalAddress("12 St James's Square", null, "London", null, "GB"));
		assertThat(request.profile().attendingDoctorId()).isEqualTo("00000000-0000-4000-8000-000000000002");
		assertThat(request.profile().departmentId()).isEqualTo("cardiology");
	}

	@Test
	void requiredFieldsLeftOutAreNamed() {
		assertThat(fieldsRefused("{}")).containsExactly("firstName", "lastName", "birthDate", "phone", "version");
	}

	@Test
	void theIdAndEmailAreTheLoginsAndUnknownFieldsAreNamed() {
		assertThat(fieldsRefused("""
				{"id":"p-2","email":"x@example.org","age":40,"firstName":"Ada","lastName":"Lovelace",
				 "birthDate":"1985-12-10","phone":"+15550100","version":0}
				""")).containsExactly("id", "email", "age");
	}

	@Test
	void badValuesAreNamed() {
		assertThat(fieldsRefused("""
				{"firstName":"<b>","lastName":"Lovelace","birthDate":"2999-01-01","gender":"f","phone":"+15550100",
				 "attendingDoctorId":"has spaces","departmentId":"%s","version":-1}
				""".formatted("d".repeat(65)))).containsExactly("firstName", "birthDate", "gender", "attendingDoctorId",
				"departmentId", "version");
	}

	@Test
	void aBirthDateThatIsNoDateIsNamedOnce() {
		assertThat(fieldsRefused("""
				{"firstName":"Ada","lastName":"Lovelace","birthDate":"1990-02-30","phone":"+15550100","version":0}
				""")).containsExactly("birthDate");
	}

	private static StaffProfileRequest read(String json) {
		return StaffProfileRequest.read(ProfileReader.object(json.getBytes(StandardCharsets.UTF_8)), TODAY);
	}

	private static List<String> fieldsRefused(String json) {
		InvalidProfileException refused = catchThrowableOfType(InvalidProfileException.class, () -> read(json));
		assertThat(refused).as("refused").isNotNull();
		return refused.violations().stream().map(ProfileViolation::field).toList();
	}

}
