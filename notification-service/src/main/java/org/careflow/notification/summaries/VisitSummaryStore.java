package org.careflow.notification.summaries;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Predicate;

import org.bson.Document;
import org.careflow.notification.leases.LeasedJobs;
import org.careflow.platform.sweep.MinuteBuckets;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The planned "visit summary ready" emails in this service's database.
 * <ul>
 * <li>{@value #PLANS}: one document per visit ({@code _id} = the appointment): patient,
 * doctor, when the email is due, and its {@link LeasedJobs} fields.</li>
 * <li>{@value #BUCKETS} and {@value #PROGRESS}: the minutes to look at, as
 * {@link MinuteBuckets} keeps them.</li>
 * </ul>
 * Every read is by {@code _id}: what a sweep costs follows what falls due, not what is
 * stored.
 */
@Repository
class VisitSummaryStore {

	static final String PLANS = "visit_summaries";

	static final String BUCKETS = "visit_summary_buckets";

	static final String PROGRESS = "visit_summary_progress";

	private final MongoTemplate mongo;

	private final MinuteBuckets due;

	private final LeasedJobs jobs;

	VisitSummaryStore(MongoTemplate mongo) {
		this.mongo = mongo;
		this.due = new MinuteBuckets(mongo, BUCKETS, "due", PROGRESS);
		this.jobs = new LeasedJobs(mongo, PLANS);
	}

	/**
	 * Plans the visit's email for {@code dueAt}, or moves a planned one later to it: an
	 * edit never brings it earlier, so a redelivered old edit changes nothing. Filed
	 * under {@code dueAt} first, so a crash between the two leaves an entry pointing at
	 * nothing, never a plan nobody looks at.
	 * @return true while the email is still to be sent, false once it was (a visit edited
	 * after its summary went out tells nobody again)
	 */
	boolean plan(String appointmentId, String patientId, String doctorId, Instant dueAt) {
		this.due.file(appointmentId, dueAt);
		LeasedJobs.Job job = LeasedJobs.Job.document(appointmentId);
		Update plan = LeasedJobs.planned(job,
				new Update().setOnInsert("patientId", patientId)
					.setOnInsert("doctorId", doctorId)
					.max("dueAt", Date.from(dueAt)));
		Document planned = this.mongo.findAndModify(new Query(Criteria.where("_id").is(appointmentId)), plan,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, PLANS);
		return planned != null && LeasedJobs.PLANNED.equals(planned.getString("status"));
	}

	/**
	 * Looks at the minutes due since the last look and hands each visit filed there to
	 * {@code send}.
	 * @return how many were sent
	 */
	int sweep(Instant now, Duration firstLook, Predicate<String> send) {
		return this.due.sweep(now, firstLook, send);
	}

	/**
	 * Claims the visit's email until {@code leaseUntil}, unless another replica holds it;
	 * filed under the lease's end first, so that a sweep there finds it again if this
	 * replica dies before finishing.
	 */
	Optional<ClaimedSummary> claim(String appointmentId, String owner, Instant now, Instant leaseUntil) {
		this.due.file(appointmentId, leaseUntil);
		return this.jobs.claim(LeasedJobs.Job.document(appointmentId), owner, now, leaseUntil, null)
			.map(ClaimedSummary::of);
	}

	/** Ends a claimed email (sent, or suppressed), if this replica still holds it. */
	boolean finish(String appointmentId, String owner, String status, Instant at) {
		return this.jobs.finish(LeasedJobs.Job.document(appointmentId), owner, status, at);
	}

	/** Gives a claimed email back until {@code until}, keeping a failure's message. */
	void postpone(String appointmentId, String owner, Instant until, Optional<String> error) {
		this.due.file(appointmentId, until);
		this.jobs.postpone(LeasedJobs.Job.document(appointmentId), owner, until, error);
	}

}
