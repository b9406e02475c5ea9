package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The patient arrived and was checked in (FHIR status arrived); {@code aggregateId} is
 * the appointment id, {@code occurredAt} when it happened.
 */
@EventType(AppointmentCheckedIn.TYPE)
public record AppointmentCheckedIn(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String doctorId, Instant start) implements CareFlowEvent {

	public static final String TYPE = "appointment.checked-in";

	public static AppointmentCheckedIn of(String appointmentId, String patientId, String doctorId, Instant start) {
		return new AppointmentCheckedIn(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId, start);
	}

}
