package org.careflow.appointment.booking;

import java.time.Instant;

import org.careflow.platform.sweep.MinuteBuckets;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which booked appointments fall due for the no-show check in which minute: one document
 * per minute ({@value #BUCKETS}, {@code _id} = the minute, {@code appointments} = their
 * ids), and how far the check has got ({@value #PROGRESS}) — the platform's
 * {@link MinuteBuckets}, read by {@code _id} only.
 */
@Repository
class ArrivalDeadlines extends MinuteBuckets {

	static final String BUCKETS = "arrival_deadlines";

	static final String PROGRESS = "noshow_progress";

	ArrivalDeadlines(MongoTemplate mongo) {
		super(mongo, BUCKETS, "appointments", PROGRESS);
	}

	/** The appointment is checked in the first whole minute at or after its deadline. */
	void add(String appointmentId, Instant deadline) {
		file(appointmentId, deadline);
	}

}
