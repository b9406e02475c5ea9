package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A patient booked a slot; {@code aggregateId} is the appointment id. {@code timeZone} is
 * the doctor's IANA zone, so messages can show local clinic time.
 */
@EventType(AppointmentBooked.TYPE)
public record AppointmentBooked(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String doctorId, Instant start, Instant end, String timeZone) implements CareFlowEvent {

	public static final String TYPE = "appointment.booked";

	public static AppointmentBooked of(String appointmentId, String patientId, String doctorId, Instant start,
			Instant end, String timeZone) {
		return new AppointmentBooked(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId, start,
				end, timeZone);
	}

}
