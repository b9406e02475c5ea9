package org.careflow.doctor.staff;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which new staff members are turned away with a 400, and which field each names. */
class StaffRequestValidationTest {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@Test
	void completeStaffAreAccepted() {
		assertThat(validator.validate(StaffTestData.nurse())).isEmpty();
		assertThat(validator.validate(StaffTestData.pharmacist())).isEmpty();
		assertThat(validator.validate(StaffTestData.doctor())).isEmpty();
	}

	@Test
	void anEmptyRequestNamesEveryRequiredField() {
		StaffRequest empty = new StaffRequest(null, null, null, null, null, null, null);

		assertThat(invalidFields(empty)).containsExactlyInAnyOrder("role", "email", "firstName", "lastName",
				"departmentId");
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "role, admin", "role, Nurse", "role, patient", "email, nightingale@", "email, nightingale",
			"firstName, <script>", "lastName, Be\u0007ll", "licenseNumber, RN 1", "licenseNumber, RN_1",
			"licenseNumber, RN.1", "specialty, Sk\u0007in", "departmentId, dep 1" })
	void aBadValueIsRefusedNamingItsField(String field, String value) {
		assertThat(invalidFields(StaffTestData.with(StaffTestData.doctor(), field, value))).containsExactly(field);
	}

	@Test
	void everyFieldHasAnUpperBound() {
		StaffRequest doctor = StaffTestData.doctor();
		assertThat(invalidFields(StaffTestData.with(doctor, "email", "a".repeat(245) + "@example.org")))
			.containsExactly("email");
		assertThat(invalidFields(StaffTestData.with(doctor, "firstName", "F".repeat(101))))
			.containsExactly("firstName");
		assertThat(invalidFields(StaffTestData.with(doctor, "lastName", "L".repeat(101)))).containsExactly("lastName");
		assertThat(invalidFields(StaffTestData.with(doctor, "departmentId", "d".repeat(65))))
			.containsExactly("departmentId");
		assertThat(invalidFields(StaffTestData.with(doctor, "licenseNumber", "1".repeat(51))))
			.containsExactly("licenseNumber");
		assertThat(invalidFields(StaffTestData.with(doctor, "specialty", "s".repeat(101))))
			.containsExactly("specialty");
		assertThat(validator.validate(StaffTestData.with(doctor, "licenseNumber", "AB-12/" + "9".repeat(44))))
			.isEmpty();
		assertThat(validator.validate(StaffTestData.with(doctor, "lastName", "L".repeat(100)))).isEmpty();
	}

	private static Set<String> invalidFields(StaffRequest request) {
		return validator.validate(request)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(Collectors.toSet());
	}

}
