package org.careflow.appointment.domain;

import java.time.Instant;

/** One step of an appointment's history: who moved it to which status, and when. */
public record StatusChange(AppointmentStatus status, Instant at, String by) {
}
