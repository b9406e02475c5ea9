package org.careflow.patient.chart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.careflow.platform.validation.PlainText;

/**
 * A code from a terminology (FHIR Coding): ICD-10 for a diagnosis, CVX for a vaccine,
 * SNOMED CT for a procedure or substance.
 *
 * @param system the terminology, e.g. {@code http://hl7.org/fhir/sid/icd-10}, at most
 * {@value #MAX_SYSTEM} characters
 * @param code at most {@value #MAX_CODE} characters, e.g. {@code J45.9}
 * @param display optional human-readable name, at most {@value #MAX_DISPLAY} characters
 */
public record Coding(@NotBlank @Size(max = MAX_SYSTEM) @PlainText String system,
		@NotBlank @Size(max = MAX_CODE) @PlainText String code, @Size(max = MAX_DISPLAY) @PlainText String display) {

	public static final int MAX_SYSTEM = 200;

	public static final int MAX_CODE = 64;

	public static final int MAX_DISPLAY = 200;

}
