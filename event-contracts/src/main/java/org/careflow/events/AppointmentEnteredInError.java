package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The appointment should never have existed (a wrong patient, a duplicate): an admin or
 * its doctor marked it {@code entered-in-error} (FHIR); {@code aggregateId} is the
 * appointment id. Its slot, if it held one, is free again; whatever was planned for it is
 * off.
 */
@EventType(AppointmentEnteredInError.TYPE)
public record AppointmentEnteredInError(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String doctorId, Instant start, Instant end, String timeZone) implements CareFlowEvent {

	public static final String TYPE = "appointment.entered-in-error";

	public static AppointmentEnteredInError of(String appointmentId, String patientId, String doctorId, Instant start,
			Instant end, String timeZone) {
		return new AppointmentEnteredInError(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId,
				start, end, timeZone);
	}

}
