package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked appointment moved to another slot of the same doctor. {@code aggregateId} is
 * the new appointment, so this is the first event of its key and precedes anything that
 * later happens to it; {@code replacesId} is the appointment it replaces, which is now
 * cancelled with reason "rescheduled" (no {@code appointment.cancelled} is published for
 * it: this event frees its slot).
 */
@EventType(AppointmentRescheduled.TYPE)
public record AppointmentRescheduled(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String doctorId, Instant start, Instant end, String timeZone, String replacesId,
		Instant previousStart, Instant previousEnd) implements CareFlowEvent {

	public static final String TYPE = "appointment.rescheduled";

	public static AppointmentRescheduled of(String appointmentId, String patientId, String doctorId, Instant start,
			Instant end, String timeZone, String replacesId, Instant previousStart, Instant previousEnd) {
		return new AppointmentRescheduled(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId,
				start, end, timeZone, replacesId, previousStart, previousEnd);
	}

}
