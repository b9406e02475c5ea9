package org.careflow.patient.prescriptions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The body of {@code POST /api/prescriptions/{id}/fill}: how much the pharmacist hands
 * over now (at most what is left of the current fill), on the version they looked at.
 */
record FillRequest(@NotNull @Min(1) @Max(10_000) Integer quantity, @NotNull @PositiveOrZero Long version) {

}
