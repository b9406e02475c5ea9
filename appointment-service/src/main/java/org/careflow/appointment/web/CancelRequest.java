package org.careflow.appointment.web;

import jakarta.validation.constraints.Size;
import org.careflow.platform.validation.PlainText;

/** Why an appointment is cancelled; optional. */
record CancelRequest(@Size(max = 1000) @PlainText String reason) {
}
