package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A doctor's public profile changed (name, specialty, department) or their account was
 * deactivated; {@code aggregateId} is the doctor id. It carries the whole public profile
 * (the latest wins), so services that show doctors' names or search by department keep
 * their copy from it and work while doctor-service is down.
 *
 * @param departmentId the department, or null for none
 * @param active false once an admin deactivated the doctor: no new bookings
 */
@EventType(DoctorUpdated.TYPE)
public record DoctorUpdated(UUID eventId, String aggregateId, Instant occurredAt, int schemaVersion, String firstName,
		String lastName, String specialty, String departmentId, boolean active) implements CareFlowEvent {

	public static final String TYPE = "doctor.updated";

	public static DoctorUpdated of(String doctorId, String firstName, String lastName, String specialty,
			String departmentId, boolean active) {
		return new DoctorUpdated(UUID.randomUUID(), doctorId, Instant.now(), 1, firstName, lastName, specialty,
				departmentId, active);
	}

}
