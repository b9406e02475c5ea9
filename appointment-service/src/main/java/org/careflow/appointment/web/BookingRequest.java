package org.careflow.appointment.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A patient asks for a slot of a doctor; the patient is the caller. */
record BookingRequest(@NotBlank String doctorId, @NotNull Instant start, @Size(max = 1000) String reason) {
}
