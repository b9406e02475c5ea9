package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment was cancelled and its slot is free again; {@code aggregateId} is the
 * appointment id.
 */
@EventType(AppointmentCancelled.TYPE)
public record AppointmentCancelled(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String doctorId, Instant start, Instant end, String timeZone) implements CareFlowEvent {

	public static final String TYPE = "appointment.cancelled";

	public static AppointmentCancelled of(String appointmentId, String patientId, String doctorId, Instant start,
			Instant end, String timeZone) {
		return new AppointmentCancelled(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId, start,
				end, timeZone);
	}

}
