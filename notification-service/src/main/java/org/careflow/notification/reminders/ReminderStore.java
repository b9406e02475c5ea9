package org.careflow.notification.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.bson.Document;
import org.careflow.notification.leases.LeasedJobs;
import org.careflow.platform.sweep.MinuteBuckets;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The reminder plans (FHIR {@code CommunicationRequest}s) in this service's database.
 * <ul>
 * <li>{@value #PLANS}: one document per appointment ({@code _id}), with what the reminder
 * needs (patient, doctor, start, zone) and one entry per lead time under {@code leads}:
 * when it is due, its {@link ReminderStatus}, attempts, last error, and the lease of the
 * replica sending it ({@code leaseOwner}, {@code leaseUntil}).</li>
 * <li>{@value #BUCKETS}: one document per minute ({@code _id}), listing the reminders
 * ({@code appointmentId|lead}) to look at in that minute, and {@value #PROGRESS}: the
 * last minute looked at — the platform's {@link MinuteBuckets}.</li>
 * </ul>
 * Every read is by {@code _id}, so what a sweep costs depends on what falls due, not on
 * what is stored (the local stack's MongoDB-protocol server serves no range from an
 * index).
 */
@Repository
class ReminderStore {

	static final String PLANS = "reminders";

	static final String BUCKETS = "reminder_buckets";

	static final String PROGRESS = "reminder_progress";

	private static final String LEADS = "leads";

	private static final String REVOKED = "revoked";

	private final MongoTemplate mongo;

	private final MinuteBuckets due;

	private final LeasedJobs jobs;

	ReminderStore(MongoTemplate mongo) {
		this.mongo = mongo;
		this.due = new MinuteBuckets(mongo, BUCKETS, "due", PROGRESS);
		this.jobs = new LeasedJobs(mongo, PLANS);
	}

	/**
	 * Looks at the minutes due since the last look and hands each reminder filed there to
	 * {@code send}.
	 * @param firstLook how far back the first look on this database goes
	 * @return how many were sent
	 */
	int sweep(Instant now, Duration firstLook, Predicate<ReminderKey> send) {
		return this.due.sweep(now, firstLook,
				(entry) -> ReminderKey.parse(entry).map((key) -> send.test(key)).orElse(false));
	}

	/**
	 * Plans the appointment's reminders, unless it has a plan already (a redelivered
	 * event) or was revoked before its booking arrived (events of the old and the new
	 * appointment of a reschedule travel on different partitions). The buckets are
	 * written first: a crash between the two leaves entries pointing at nothing, never a
	 * plan nobody looks at.
	 */
	void plan(String appointmentId, PlannedAppointment appointment, List<ReminderPlan.Due> reminders, Instant now) {
		if (reminders.isEmpty()) {
			return;
		}
		Update plan = new Update().setOnInsert("patientId", appointment.patientId())
			.setOnInsert("doctorId", appointment.doctorId())
			.setOnInsert("start", Date.from(appointment.start()))
			.setOnInsert("timeZone", appointment.timeZone())
			.setOnInsert("plannedAt", Date.from(now));
		for (ReminderPlan.Due due : reminders) {
			file(ReminderKey.of(appointmentId, due.lead()), due.dueAt());
			LeasedJobs.Job job = job(ReminderKey.of(appointmentId, due.lead()));
			LeasedJobs.planned(job, plan.setOnInsert(job.prefix() + "dueAt", Date.from(due.dueAt())));
		}
		this.mongo.upsert(byId(appointmentId), plan, PLANS);
	}

	/**
	 * Revokes what is still planned for the appointment; an appointment not planned (yet)
	 * is marked so that a booking arriving later plans nothing.
	 * @return every reminder the appointment had, revoked now or ended before
	 */
	List<ReminderKey> revoke(String appointmentId) {
		Document found = this.mongo.findById(appointmentId, Document.class, PLANS);
		if (found == null) {
			this.mongo.upsert(byId(appointmentId), new Update().setOnInsert(REVOKED, true), PLANS);
			return List.of();
		}
		Update revoke = new Update().set(REVOKED, true);
		List<ReminderKey> reminders = new ArrayList<>();
		Document leads = found.get(LEADS, Document.class);
		if (leads != null) {
			for (Map.Entry<String, Object> lead : leads.entrySet()) {
				reminders.add(ReminderKey.of(appointmentId, lead.getKey()));
				if (ReminderStatus.PLANNED.name().equals(((Document) lead.getValue()).getString("status"))) {
					revoke.set(LEADS + "." + lead.getKey() + ".status", ReminderStatus.REVOKED.name());
				}
			}
		}
		this.mongo.updateFirst(byId(appointmentId), revoke, PLANS);
		return reminders;
	}

	/**
	 * Claims a planned reminder for sending until {@code leaseUntil}, unless another
	 * replica holds it. It is filed under the lease's end first, so that if this replica
	 * dies before finishing, a sweep there finds it again.
	 */
	Optional<ClaimedReminder> claim(ReminderKey key, String owner, Instant now, Instant leaseUntil) {
		file(key, leaseUntil);
		return this.jobs.claim(job(key), owner, now, leaseUntil, Criteria.where(REVOKED).ne(true))
			.map((plan) -> ClaimedReminder.of(key, plan));
	}

	/** Ends a claimed reminder (sent, or expired), if this replica still holds it. */
	boolean finish(ReminderKey key, String owner, ReminderStatus status, Instant at) {
		return this.jobs.finish(job(key), owner, status.name(), at);
	}

	/**
	 * Gives a claimed reminder back until {@code until} (filed there, and nobody's until
	 * then), e.g. after a failed send, whose error is kept.
	 */
	void postpone(ReminderKey key, String owner, Instant until, Optional<String> error) {
		file(key, until);
		this.jobs.postpone(job(key), owner, until, error);
	}

	private void file(ReminderKey key, Instant at) {
		this.due.file(key.toString(), at);
	}

	/** A reminder is one lead time of its appointment's plan. */
	private static LeasedJobs.Job job(ReminderKey key) {
		return new LeasedJobs.Job(key.appointmentId(), LEADS + "." + key.lead() + ".");
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

}
