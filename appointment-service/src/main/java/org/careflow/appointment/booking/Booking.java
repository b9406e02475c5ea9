package org.careflow.appointment.booking;

import java.time.Instant;

import org.careflow.appointment.domain.Actor;

/**
 * A patient's request for a slot; the patient is always the caller.
 *
 * @param emailVerified whether the caller's token says their email address is verified
 * @param holdId the patient's hold of the slot, or {@code null}
 */
public record Booking(Actor patient, boolean emailVerified, String doctorId, Instant start, String reason,
		String holdId) {
}
