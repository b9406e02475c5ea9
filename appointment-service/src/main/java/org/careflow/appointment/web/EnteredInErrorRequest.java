package org.careflow.appointment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.careflow.platform.validation.PlainText;

/**
 * Why the appointment should never have existed (kept in its history, never sent out).
 */
record EnteredInErrorRequest(@NotBlank @Size(max = 1000) @PlainText String reason) {
}
