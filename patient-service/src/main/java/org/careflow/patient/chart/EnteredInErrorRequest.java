package org.careflow.patient.chart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of a chart {@code DELETE}: the entry is not removed but marked
 * entered-in-error, for this reason, if it is still at {@code version}.
 */
public record EnteredInErrorRequest(@NotBlank @Size(max = EnteredInError.MAX_REASON_LENGTH) String reason,
		@NotNull @PositiveOrZero Long version) {

}
