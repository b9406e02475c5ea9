package org.careflow.appointment.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careflow.platform.validation.PlainText;

/**
 * A patient asks for a slot of a doctor, optionally one they hold ({@code holdId} from
 * {@code POST /api/slots/holds}); the patient is the caller. Doctor ids are UUIDs; the
 * bound leaves room for other schemes and keeps keys and logs small and clean.
 */
record BookingRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*",
				message = "may contain only letters, digits and hyphens") String doctorId,
		@NotNull Instant start, @Size(max = 1000) @PlainText String reason,
		@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*",
				message = "may contain only letters, digits and hyphens") String holdId) {
}
