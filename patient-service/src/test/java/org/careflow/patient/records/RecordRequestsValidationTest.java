package org.careflow.patient.records;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.careflow.patient.chart.Coding;
import org.careflow.patient.records.RecordRequests.NewRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which new records are turned away with a 400 before any rule runs, naming the field.
 */
class RecordRequestsValidationTest {

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

	private static NewRecord withText(String text) {
		return new NewRecord("p1", "note", null, text, null, null);
	}

	@Test
	void aNoteOf4000CharactersIsAcceptedAndOneMoreIsNot() {
		assertThat(invalidFields(withText("x".repeat(4000)))).isEmpty();
		assertThat(invalidFields(withText("x".repeat(4001)))).containsExactly("text");
	}

	@Test
	void textMayHaveLinesAndAnyScriptButNoControlOrBidiCharacters() {
		assertThat(invalidFields(withText("Line one\nLigne deux — 第三行"))).isEmpty();
		assertThat(invalidFields(withText("bad\u0000byte"))).containsExactly("text");
		assertThat(invalidFields(withText("right\u202Eto left"))).containsExactly("text");
	}

	@Test
	void aCodeIsValidatedInsideTheRecord() {
		NewRecord badCode = new NewRecord("p1", "diagnosis", new Coding("", "x".repeat(65), null), "text", null, null);

		assertThat(invalidFields(badCode)).containsExactlyInAnyOrder("code.system", "code.code");
	}

	@Test
	void anEmptyRecordNamesEveryRequiredField() {
		assertThat(invalidFields(new NewRecord(null, null, null, null, null, null)))
			.containsExactlyInAnyOrder("patientId", "kind", "text");
	}

	private static Set<String> invalidFields(Object request) {
		return validator.validate(request)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(Collectors.toSet());
	}

}
