package org.careflow.appointment.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Implausible vital signs are refused naming the field to correct. */
class VisitRequestValidationTest {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	private Set<String> invalidFields(VisitRequest request) {
		return this.validator.validate(request)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(Collectors.toSet());
	}

	@Test
	void plausibleVitalsAreValid() {
		assertThat(invalidFields(new VisitRequest(120, 80, 70, 98, "ok"))).isEmpty();
		assertThat(invalidFields(new VisitRequest(260, 30, 250, 50, null))).isEmpty();
		assertThat(invalidFields(new VisitRequest(null, null, 70, null, null))).isEmpty();
	}

	@Test
	void anUpdateWithoutAnyValueIsReportedOnVisit() {
		assertThat(invalidFields(new VisitRequest(null, null, null, null, null))).containsExactly("visit");
	}

	@Test
	void notesAreTextWithLineBreaksButNoControlCharacters() {
		assertThat(invalidFields(new VisitRequest(null, null, null, null, "Cough.\nRest\tthree days."))).isEmpty();
		assertThat(invalidFields(new VisitRequest(null, null, null, null, "Cough\u0000"))).containsExactly("notes");
		assertThat(invalidFields(new VisitRequest(null, null, null, null, "\u202Eevil"))).containsExactly("notes");
	}

	@Test
	void valuesOutsideWhatAMonitorShowsAreNamed() {
		assertThat(invalidFields(new VisitRequest(300, 20, 10, 101, null))).containsExactlyInAnyOrder("systolic",
				"diastolic", "pulse", "oxygenSaturation");
		assertThat(invalidFields(new VisitRequest(49, 161, 251, 49, null))).containsExactlyInAnyOrder("systolic",
				"diastolic", "pulse", "oxygenSaturation");
	}

	@Test
	void systolicNotAboveDiastolicIsReportedOnSystolic() {
		assertThat(invalidFields(new VisitRequest(80, 80, null, null, null))).containsExactly("systolic");
	}

	@Test
	void notesAreLimitedToFourThousandCharacters() {
		assertThat(invalidFields(new VisitRequest(null, null, null, null, "x".repeat(4000)))).isEmpty();
		assertThat(invalidFields(new VisitRequest(null, null, null, null, "x".repeat(4001)))).containsExactly("notes");
	}

}
