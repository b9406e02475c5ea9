package org.careflow.doctor.domain;

import java.time.Instant;
import java.util.List;

import org.careflow.events.DoctorRegistered;
import org.careflow.events.Topics;
import org.careflow.platform.outbox.PendingEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A doctor. The id is their Keycloak user id (the token subject). Events about the doctor
 * wait in {@code pendingEvents} until the outbox relay has published them; they are
 * stored in the same write as the change they report. {@code departmentId} is the
 * department they belong to, if any (null for doctors stored before departments existed,
 * too).
 */
@Document(Doctor.COLLECTION)
public record Doctor(@Id String id, String email, String firstName, String lastName, String specialty,
		String departmentId, Instant registeredAt, List<PendingEvent> pendingEvents) {

	public static final String COLLECTION = "doctors";

	/** The stored field of {@link #departmentId()}, for queries and targeted updates. */
	public static final String DEPARTMENT_ID = "departmentId";

	/** A new doctor together with the {@code doctor.registered} event announcing them. */
	public static Doctor register(String id, DoctorDetails details) {
		DoctorRegistered registered = DoctorRegistered.of(id, details.email(), details.firstName(), details.lastName(),
				details.specialty());
		return new Doctor(id, details.email(), details.firstName(), details.lastName(), details.specialty(), null,
				registered.occurredAt(), List.of(PendingEvent.of(Topics.DOCTORS, registered)));
	}

	/** The same doctor in a department (or none, with null). */
	public Doctor inDepartment(String departmentId) {
		return new Doctor(this.id, this.email, this.firstName, this.lastName, this.specialty, departmentId,
				this.registeredAt, this.pendingEvents);
	}

}
