package org.careflow.notification.reminders;

import java.time.Instant;

import org.bson.Document;

/** A reminder this replica holds the lease of, with what it needs to send it. */
record ClaimedReminder(ReminderKey key, PlannedAppointment appointment, Instant dueAt, int attempts) {

	static ClaimedReminder of(ReminderKey key, Document plan) {
		Document lead = plan.get("leads", Document.class).get(key.lead(), Document.class);
		return new ClaimedReminder(key,
				new PlannedAppointment(plan.getString("patientId"), plan.getString("doctorId"),
						plan.getDate("start").toInstant(), plan.getString("timeZone")),
				lead.getDate("dueAt").toInstant(), lead.getInteger("attempts", 1));
	}

}
