package org.careflow.notification.contacts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How to reach a patient, copied from their registration; no health data. */
@Document("contacts")
record PatientContact(@Id String patientId, String email, String firstName, String lastName) {
}
