package org.careflow.notification.reminders;

import java.time.Instant;

/** What a reminder says about its appointment: who, with whom, when, in which zone. */
record PlannedAppointment(String patientId, String doctorId, Instant start, String timeZone) {
}
