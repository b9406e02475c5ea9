package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The doctor completed the appointment (FHIR status fulfilled); {@code aggregateId} is
 * the appointment id, {@code occurredAt} when it happened.
 */
@EventType(AppointmentFulfilled.TYPE)
public record AppointmentFulfilled(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String doctorId, Instant start) implements CareFlowEvent {

	public static final String TYPE = "appointment.fulfilled";

	public static AppointmentFulfilled of(String appointmentId, String patientId, String doctorId, Instant start) {
		return new AppointmentFulfilled(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId, start);
	}

}
