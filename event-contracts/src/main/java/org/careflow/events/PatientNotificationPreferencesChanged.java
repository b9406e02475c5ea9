package org.careflow.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A patient chose which optional emails they receive; {@code aggregateId} is the patient
 * id. Each flag is the whole choice for its kind (the latest event wins). Emails about
 * what happened to an appointment (booked, moved, cancelled, missed) are not optional and
 * have no flag.
 *
 * @param reminders reminders before an appointment
 * @param visitSummaries "your visit summary is ready"
 * @param timeZone the patient's own IANA time zone, which emails show times in beside the
 * doctor's when they differ; absent when the patient named none
 */
@EventType(PatientNotificationPreferencesChanged.TYPE)
public record PatientNotificationPreferencesChanged(UUID eventId, String aggregateId, Instant occurredAt,
		int schemaVersion, boolean reminders, boolean visitSummaries,
		@JsonInclude(JsonInclude.Include.NON_NULL) String timeZone) implements CareFlowEvent {

	public static final String TYPE = "patient.notification-preferences-changed";

	public static PatientNotificationPreferencesChanged of(String patientId, boolean reminders,
			boolean visitSummaries) {
		return of(patientId, reminders, visitSummaries, null);
	}

	public static PatientNotificationPreferencesChanged of(String patientId, boolean reminders, boolean visitSummaries,
			String timeZone) {
		return new PatientNotificationPreferencesChanged(UUID.randomUUID(), patientId, Instant.now(), 1, reminders,
				visitSummaries, timeZone);
	}

}
