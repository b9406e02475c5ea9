package org.careflow.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An admin forced a schedule change (leave, shorter hours) over booked appointments;
 * {@code aggregateId} is the doctor id. The appointment service cancels each listed
 * appointment with the reason {@code reason} (a code, today always
 * {@value #DOCTOR_UNAVAILABLE}), and the patients are told. At most
 * {@value #MAX_APPOINTMENTS} appointments per event.
 */
@EventType(ScheduleBookingsWithdrawn.TYPE)
public record ScheduleBookingsWithdrawn(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion,
		List<String> appointmentIds, String reason) implements CareFlowEvent {

	public static final String TYPE = "schedule.bookings-withdrawn";

	public static final String DOCTOR_UNAVAILABLE = "doctor-unavailable";

	public static final int MAX_APPOINTMENTS = 500;

	public ScheduleBookingsWithdrawn {
		appointmentIds = List.copyOf(appointmentIds);
	}

	public static ScheduleBookingsWithdrawn doctorUnavailable(String doctorId, List<String> appointmentIds) {
		return new ScheduleBookingsWithdrawn(UUID.randomUUID(), doctorId, Instant.now(), 1, appointmentIds,
				DOCTOR_UNAVAILABLE);
	}

}
