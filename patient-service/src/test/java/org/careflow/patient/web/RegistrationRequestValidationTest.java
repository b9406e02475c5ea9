package org.careflow.patient.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which registrations are turned away with a 400, and which field each one names. */
class RegistrationRequestValidationTest {

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

	static RegistrationRequest valid() {
		return new RegistrationRequest("jane@example.org", "s3cret-pass", "Jane", "Doe", LocalDate.of(1990, 4, 12),
				"+1 (555) 010-0");
	}

	@Test
	void aCompleteRegistrationIsAccepted() {
		assertThat(validator.validate(valid())).isEmpty();
	}

	@Test
	void anEmptyRegistrationNamesEveryField() {
		RegistrationRequest empty = new RegistrationRequest(null, null, null, null, null, null);

		assertThat(invalidFields(empty)).containsExactlyInAnyOrder("email", "password", "firstName", "lastName",
				"birthDate", "phone");
	}

	@ParameterizedTest
	@ValueSource(strings = { "jane", "jane@", "jane@example", "@example.org" })
	void malformedEmailsAreRefused(String email) {
		assertThat(invalidFields(withEmail(email))).containsExactly("email");
	}

	@Test
	void aPasswordShorterThanTenCharactersIsRefused() {
		RegistrationRequest request = new RegistrationRequest("jane@example.org", "123456789", "Jane", "Doe",
				LocalDate.of(1990, 4, 12), "+15550100");

		assertThat(invalidFields(request)).containsExactly("password");
	}

	@Test
	void thePasswordMayNotBeTheEmailAddress() {
		RegistrationRequest request = new RegistrationRequest("jane@example.org", "Jane@Example.org", "Jane", "Doe",
				LocalDate.of(1990, 4, 12), "+15550100");

		assertThat(invalidFields(request)).containsExactly("password");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Doe (Jr)", "O'Brien", "Anne-Marie", "李", "Nguyễn" })
	void namesRealPeopleHaveAreAccepted(String lastName) {
		RegistrationRequest request = new RegistrationRequest("jane@example.org", "s3cret-pass", "Jane", lastName,
				LocalDate.of(1990, 4, 12), "+15550100");

		assertThat(invalidFields(request)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("unacceptableNames")
	void markupControlCharactersAndOverlongNamesAreRefused(String lastName) {
		RegistrationRequest request = new RegistrationRequest("jane@example.org", "s3cret-pass", "Jane", lastName,
				LocalDate.of(1990, 4, 12), "+15550100");

		assertThat(invalidFields(request)).containsExactly("lastName");
	}

	static Stream<String> unacceptableNames() {
		return Stream.of("<script>", "Doe" + (char) 0, "Robert'); DROP", "x".repeat(101));
	}

	@Test
	void aBirthDateBefore1900IsATypo() {
		RegistrationRequest request = new RegistrationRequest("jane@example.org", "s3cret-pass", "Jane", "Doe",
				LocalDate.of(1899, 12, 31), "+15550100");

		assertThat(invalidFields(request)).containsExactly("birthDate");
	}

	@Test
	void aBirthDateTodayOrLaterIsRefused() {
		RegistrationRequest request = new RegistrationRequest("jane@example.org", "s3cret-pass", "Jane", "Doe",
				LocalDate.now().plusDays(1), "+15550100");
		RegistrationRequest bornToday = new RegistrationRequest("jane@example.org", "s3cret-pass", "Jane", "Doe",
				LocalDate.now(), "+15550100");

		assertThat(invalidFields(request)).containsExactly("birthDate");
		assertThat(invalidFields(bornToday)).containsExactly("birthDate");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "call me", "+1555abc0100", "+155501001234567890123" })
	void somethingThatIsNotAPhoneNumberIsRefused(String phone) {
		RegistrationRequest request = new RegistrationRequest("jane@example.org", "s3cret-pass", "Jane", "Doe",
				LocalDate.of(1990, 4, 12), phone);

		assertThat(invalidFields(request)).containsExactly("phone");
	}

	@Test
	void blankNamesAreRefused() {
		RegistrationRequest request = new RegistrationRequest("jane@example.org", "s3cret-pass", " ", "",
				LocalDate.of(1990, 4, 12), "+15550100");

		assertThat(invalidFields(request)).containsExactlyInAnyOrder("firstName", "lastName");
	}

	@Test
	void theProfileKeepsTheEmailInCanonicalForm() {
		RegistrationRequest request = new RegistrationRequest("Jane@Example.ORG", "s3cret-pass", " Jane ", "Doe",
				LocalDate.of(1990, 4, 12), "+15550100");

		assertThat(request.details().email()).isEqualTo("jane@example.org");
		assertThat(request.details().firstName()).isEqualTo("Jane");
	}

	private static RegistrationRequest withEmail(String email) {
		RegistrationRequest base = valid();
		return new RegistrationRequest(email, base.password(), base.firstName(), base.lastName(), base.birthDate(),
				base.phone());
	}

	private static Set<String> invalidFields(RegistrationRequest request) {
		return validator.validate(request)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(Collectors.toSet());
	}

}
