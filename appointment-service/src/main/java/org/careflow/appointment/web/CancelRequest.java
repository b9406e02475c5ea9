package org.careflow.appointment.web;

import jakarta.validation.constraints.Size;

/** Why an appointment is cancelled; optional. */
record CancelRequest(@Size(max = 1000) String reason) {
}
