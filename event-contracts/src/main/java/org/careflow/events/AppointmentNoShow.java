package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The patient did not come (FHIR status noshow), marked by staff or automatically after
 * the grace period; {@code aggregateId} is the appointment id. The slot stays taken: its
 * time has begun.
 */
@EventType(AppointmentNoShow.TYPE)
public record AppointmentNoShow(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String doctorId, Instant start, Instant end, String timeZone) implements CareFlowEvent {

	public static final String TYPE = "appointment.noshow";

	public static AppointmentNoShow of(String appointmentId, String patientId, String doctorId, Instant start,
			Instant end, String timeZone) {
		return new AppointmentNoShow(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId, start,
				end, timeZone);
	}

}
