package org.careflow.notification.contacts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A doctor's name and specialty, as shown to patients in emails, and their own address
 * for the emails about their calendar ({@code null} for a doctor recorded before it was
 * kept).
 */
@Document("doctors")
record DoctorCard(@Id String doctorId, String firstName, String lastName, String specialty, String email) {
}
