package org.careflow.patient.allergies;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.careflow.patient.chart.Coding;
import org.careflow.platform.validation.PlainText;

/**
 * The body of {@code POST /api/patients/{id}/allergies} ({@code version} absent) and of
 * its {@code PUT} ({@code version} required: the one read).
 *
 * @param severity mild, moderate or severe
 * @param criticality low, high or unable-to-assess
 * @param status active (default) or inactive
 */
record AllergyRequest(@NotBlank @Size(max = Allergy.MAX_SUBSTANCE) @PlainText String substance,
		@Valid Coding substanceCode, @Size(max = Allergy.MAX_REACTION) @PlainText String reaction,
		@NotBlank @Size(max = 20) String severity, @NotBlank @Size(max = 20) String criticality,
		@Size(max = 20) String status, @PositiveOrZero Long version) {

	Allergy.Details details() {
		return new Allergy.Details(this.substance, this.substanceCode, this.reaction, this.severity, this.criticality,
				this.status);
	}

}
