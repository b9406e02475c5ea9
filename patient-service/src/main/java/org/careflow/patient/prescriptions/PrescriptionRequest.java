package org.careflow.patient.prescriptions;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.careflow.platform.validation.PlainText;

/**
 * The body of {@code POST /api/prescriptions} and {@code PUT /api/prescriptions/{id}}.
 * {@code patientId} is required on POST and ignored on PUT (a prescription never moves to
 * another patient); {@code version} is required on PUT. {@code status} on PUT may be
 * {@code cancelled} to stop it (then the rest is not changed).
 */
record PrescriptionRequest(@Size(max = 64) String patientId, @NotNull @Valid MedicationRequestPart medication,
		@Size(max = 2000) @PlainText String instructions, @NotNull @Min(0) @Max(MAX_REFILLS) Integer refills,
		LocalDate validUntil, @Size(max = 40) @PlainText String prescriberLicence, @PositiveOrZero Long version,
		@Size(max = 20) String status) {

	static final int MAX_REFILLS = 12;

	/** Without a date a prescription can be filled for this long. */
	static final int DEFAULT_VALIDITY_DAYS = 90;

	/** No prescription is valid for longer than a year. */
	static final int MAX_VALIDITY_DAYS = 366;

	record MedicationRequestPart(@NotBlank @Size(max = 200) @PlainText String name,
			@Size(max = 64) @PlainText String code, @NotBlank @Size(max = 100) @PlainText String dosage,
			@NotBlank @Size(max = 50) @PlainText String route, @NotBlank @Size(max = 100) @PlainText String frequency,
			@Size(max = 100) @PlainText String duration, @NotNull @Min(1) @Max(10_000) Integer quantity) {

		Medication toMedication() {
			return new Medication(this.name.strip(), blankToNull(this.code), this.dosage.strip(), this.route.strip(),
					this.frequency.strip(), blankToNull(this.duration), this.quantity);
		}

	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
