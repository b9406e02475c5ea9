package org.careflow.appointment.web;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The new start of an appointment (same doctor), optionally a slot the patient holds
 * ({@code holdId} from {@code POST /api/slots/holds}).
 */
record RescheduleRequest(@NotNull Instant start, @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*",
		message = "may contain only letters, digits and hyphens") String holdId) {
}
