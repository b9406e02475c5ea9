package org.careflow.patient.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.careflow.events.PatientRegistered;
import org.careflow.events.Topics;
import org.careflow.platform.outbox.PendingEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered patient. The id is their Keycloak user id (the token subject), so
 * ownership checks compare it with the caller's {@code sub}. Events about the patient
 * wait in {@code pendingEvents} until the outbox relay has published them; they are
 * stored in the same write as the change they report.
 */
@Document(Patient.COLLECTION)
public record Patient(@Id String id, String email, String firstName, String lastName, LocalDate birthDate, String phone,
		Instant registeredAt, List<PendingEvent> pendingEvents) {

	public static final String COLLECTION = "patients";

	/**
	 * A new patient together with the {@code patient.registered} event announcing them.
	 */
	public static Patient register(String id, PatientDetails details) {
		PatientRegistered registered = PatientRegistered.of(id, details.email(), details.firstName(),
				details.lastName());
		return new Patient(id, details.email(), details.firstName(), details.lastName(), details.birthDate(),
				details.phone(), registered.occurredAt(), List.of(PendingEvent.of(Topics.PATIENTS, registered)));
	}

}
