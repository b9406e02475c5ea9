package org.careflow.notification.contacts;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A doctor's name and specialty, as shown to patients in emails, and their own address
 * for the emails about their calendar ({@code null} for a doctor recorded before it was
 * kept). {@code profileAt} is the {@code occurredAt} of the event the name and specialty
 * come from ({@code null} for a card written before it was kept): an older event does not
 * overwrite them.
 */
@Document("doctors")
record DoctorCard(@Id String doctorId, String firstName, String lastName, String specialty, String email,
		Instant profileAt) {
}
