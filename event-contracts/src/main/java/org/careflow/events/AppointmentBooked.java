package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A patient booked a slot; {@code aggregateId} is the appointment id. {@code timeZone} is
 * the doctor's IANA zone, so messages can show local clinic time. {@code overbooked} is
 * {@code true} for an extra patient an admin or the doctor booked into a slot already
 * taken (FHIR {@code Slot.overbooked}): such an appointment holds no slot claim of its
 * own. Absent otherwise.
 */
@EventType(AppointmentBooked.TYPE)
public record AppointmentBooked(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		String patientId, String doctorId, Instant start, Instant end, String timeZone,
		@JsonInclude(JsonInclude.Include.NON_NULL) Boolean overbooked) implements CareFlowEvent {

	public static final String TYPE = "appointment.booked";

	public static AppointmentBooked of(String appointmentId, String patientId, String doctorId, Instant start,
			Instant end, String timeZone) {
		return new AppointmentBooked(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId, start,
				end, timeZone, null);
	}

	/** An extra patient booked into a taken slot, deliberately. */
	public static AppointmentBooked overbooked(String appointmentId, String patientId, String doctorId, Instant start,
			Instant end, String timeZone) {
		return new AppointmentBooked(UUID.randomUUID(), appointmentId, Instant.now(), 1, patientId, doctorId, start,
				end, timeZone, true);
	}

}
