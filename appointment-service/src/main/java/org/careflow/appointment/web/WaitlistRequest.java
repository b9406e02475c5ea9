package org.careflow.appointment.web;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A patient asks to wait for a slot of one doctor, or of any doctor of a specialty
 * (exactly one of the two), starting in {@code [from, to)}.
 */
record WaitlistRequest(
		@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*",
				message = "may contain only letters, digits and hyphens") String doctorId,
		@Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{M}\\p{N} '&.,()-]*",
				message = "may contain only letters, digits, spaces and ' & . , ( ) -") String specialty,
		@NotNull Instant from, @NotNull Instant to) {
}
