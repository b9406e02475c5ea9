package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A patient chose which optional emails they receive; {@code aggregateId} is the patient
 * id. Each flag is the whole choice for its kind (the latest event wins). Emails about
 * what happened to an appointment (booked, moved, cancelled, missed) are not optional and
 * have no flag.
 *
 * @param reminders reminders before an appointment
 * @param visitSummaries "your visit summary is ready"
 */
@EventType(PatientNotificationPreferencesChanged.TYPE)
public record PatientNotificationPreferencesChanged(UUID eventId, String aggregateId, Instant occurredAt,
		int schemaVersion, boolean reminders, boolean visitSummaries) implements CareFlowEvent {

	public static final String TYPE = "patient.notification-preferences-changed";

	public static PatientNotificationPreferencesChanged of(String patientId, boolean reminders,
			boolean visitSummaries) {
		return new PatientNotificationPreferencesChanged(UUID.randomUUID(), patientId, Instant.now(), 1, reminders,
				visitSummaries);
	}

}
