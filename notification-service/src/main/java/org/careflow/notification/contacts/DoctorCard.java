package org.careflow.notification.contacts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A doctor's name and specialty, as shown to patients in emails. */
@Document("doctors")
record DoctorCard(@Id String doctorId, String firstName, String lastName, String specialty) {
}
