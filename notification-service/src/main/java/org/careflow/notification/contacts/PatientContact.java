package org.careflow.notification.contacts;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How to reach a patient, copied from their registration, and which optional emails they
 * turned off ({@code false}; absent means on); no health data.
 */
@Document("contacts")
record PatientContact(@Id String patientId, String email, String firstName, String lastName, Boolean reminders,
		Boolean visitSummaries, String timeZone, Instant profileAt, Instant anonymisedAt) {
}
