package org.careflow.appointment.domain;

import java.time.Instant;

/** The slot the scheduling service confirmed for a booking. */
public record BookedSlot(String doctorId, Instant start, Instant end, String timeZone) {
}
