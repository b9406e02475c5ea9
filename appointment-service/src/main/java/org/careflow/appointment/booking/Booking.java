package org.careflow.appointment.booking;

import java.time.Instant;

/** A patient's request for a slot; the patient is always the caller. */
public record Booking(String patientId, String doctorId, Instant start, String reason, String bearerToken) {
}
