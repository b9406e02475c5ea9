package org.careflow.doctor.web;

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
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which new doctors are turned away with a 400, and which field each one names. */
class NewDoctorRequestValidationTest {

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
	void aCompleteDoctorIsAccepted() {
		assertThat(validator.validate(house("g.house@example.org", "s3cret-pass", "Internal Medicine"))).isEmpty();
	}

	@Test
	void anEmptyRequestNamesEveryField() {
		NewDoctorRequest empty = new NewDoctorRequest(null, null, null, null, null);

		assertThat(invalidFields(empty)).containsExactlyInAnyOrder("email", "password", "firstName", "lastName",
				"specialty");
	}

	@ParameterizedTest
	@ValueSource(strings = { "house", "house@", "house@hospital", "@hospital.org" })
	void malformedEmailsAreRefused(String email) {
		assertThat(invalidFields(house(email, "s3cret-pass", "Internal Medicine"))).containsExactly("email");
	}

	@Test
	void aPasswordShorterThanTenCharactersIsRefused() {
		assertThat(invalidFields(house("g.house@example.org", "123456789", "Internal Medicine")))
			.containsExactly("password");
	}

	@Test
	void aBlankSpecialtyIsRefused() {
		assertThat(invalidFields(house("g.house@example.org", "s3cret-pass", "  "))).containsExactly("specialty");
	}

	@Test
	void theProfileKeepsTheEmailInCanonicalFormAndTrimsTheRest() {
		NewDoctorRequest request = new NewDoctorRequest("G.House@Example.ORG", "s3cret-pass", " Gregory", "House ",
				" Internal Medicine ");

		assertThat(request.details().email()).isEqualTo("g.house@example.org");
		assertThat(request.details().specialty()).isEqualTo("Internal Medicine");
	}

	private static NewDoctorRequest house(String email, String password, String specialty) {
		return new NewDoctorRequest(email, password, "Gregory", "House", specialty);
	}

	private static Set<String> invalidFields(NewDoctorRequest request) {
		return validator.validate(request)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(Collectors.toSet());
	}

}
