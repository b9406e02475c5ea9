package org.careflow.notification.summaries;

import java.time.Instant;

import org.bson.Document;

/**
 * A visit summary email this replica holds the lease of, with what it needs to send it.
 */
record ClaimedSummary(String appointmentId, String patientId, String doctorId, Instant dueAt, int attempts) {

	static ClaimedSummary of(Document plan) {
		return new ClaimedSummary(plan.getString("_id"), plan.getString("patientId"), plan.getString("doctorId"),
				plan.getDate("dueAt").toInstant(), plan.getInteger("attempts", 1));
	}

}
