package org.careflow.notification.reminders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
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
 * ({@code appointmentId|lead}) to look at in that minute.</li>
 * <li>{@value #PROGRESS}: the last minute looked at.</li>
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

	private static final String PROGRESS_ID = "sweep";

	private static final String THROUGH = "through";

	private static final String DUE = "due";

	private static final String LEADS = "leads";

	private static final String REVOKED = "revoked";

	private final MongoTemplate mongo;

	ReminderStore(MongoTemplate mongo) {
		this.mongo = mongo;
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
			String lead = LEADS + "." + due.lead() + ".";
			plan.setOnInsert(lead + "dueAt", Date.from(due.dueAt()))
				.setOnInsert(lead + "status", ReminderStatus.PLANNED.name())
				.setOnInsert(lead + "attempts", 0)
				.setOnInsert(lead + "leaseUntil", Date.from(Instant.EPOCH));
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
		String lead = LEADS + "." + key.lead() + ".";
		Query claimable = new Query(Criteria.where("_id")
			.is(key.appointmentId())
			.and(REVOKED)
			.ne(true)
			.and(lead + "status")
			.is(ReminderStatus.PLANNED.name())
			.and(lead + "leaseUntil")
			.lte(Date.from(now)));
		Update lease = new Update().set(lead + "leaseOwner", owner)
			.set(lead + "leaseUntil", Date.from(leaseUntil))
			.inc(lead + "attempts", 1);
		Document claimed = this.mongo.findAndModify(claimable, lease, FindAndModifyOptions.options().returnNew(true),
				Document.class, PLANS);
		return Optional.ofNullable(claimed).map((plan) -> ClaimedReminder.of(key, plan));
	}

	/** Ends a claimed reminder (sent, or expired), if this replica still holds it. */
	boolean finish(ReminderKey key, String owner, ReminderStatus status, Instant at) {
		String lead = LEADS + "." + key.lead() + ".";
		Update done = new Update().set(lead + "status", status.name()).set(lead + "finishedAt", Date.from(at));
		return this.mongo.updateFirst(held(key, owner), done, PLANS).getModifiedCount() == 1;
	}

	/**
	 * Gives a claimed reminder back until {@code until} (filed there, and nobody's until
	 * then), e.g. after a failed send, whose error is kept.
	 */
	void postpone(ReminderKey key, String owner, Instant until, Optional<String> error) {
		file(key, until);
		String lead = LEADS + "." + key.lead() + ".";
		Update postpone = new Update().set(lead + "leaseUntil", Date.from(until));
		error.ifPresent((message) -> postpone.set(lead + "error", message));
		this.mongo.updateFirst(held(key, owner), postpone, PLANS);
	}

	/** The reminders filed in these minutes (each once). */
	List<ReminderKey> dueIn(List<Instant> minutes) {
		Query query = new Query(Criteria.where("_id").in(minutes.stream().map(ReminderStore::minuteKey).toList()));
		return this.mongo.find(query, Document.class, BUCKETS)
			.stream()
			.flatMap((bucket) -> bucket.getList(DUE, String.class, List.of()).stream())
			.distinct()
			.map(ReminderKey::parse)
			.flatMap(Optional::stream)
			.toList();
	}

	void forget(List<Instant> minutes) {
		this.mongo.remove(new Query(Criteria.where("_id").in(minutes.stream().map(ReminderStore::minuteKey).toList())),
				BUCKETS);
	}

	/** The last minute looked at, if a sweep ever ran on this database. */
	Optional<Instant> sweptThrough() {
		Document progress = this.mongo.findById(PROGRESS_ID, Document.class, PROGRESS);
		return Optional.ofNullable(progress).map((found) -> Instant.parse(found.getString(THROUGH)));
	}

	/**
	 * Moves the progress from {@code from} to {@code to} unless another replica moved it
	 * first (then that replica looked at the same minutes).
	 */
	boolean advance(Optional<Instant> from, Instant to) {
		if (from.isEmpty()) {
			try {
				this.mongo.insert(new Document("_id", PROGRESS_ID).append(THROUGH, to.toString()), PROGRESS);
				return true;
			}
			catch (DuplicateKeyException anotherReplicaStarted) {
				return false;
			}
		}
		Query unchanged = new Query(Criteria.where("_id").is(PROGRESS_ID).and(THROUGH).is(from.get().toString()));
		return this.mongo.updateFirst(unchanged, new Update().set(THROUGH, to.toString()), PROGRESS)
			.getModifiedCount() == 1;
	}

	/** The plan of one appointment as stored, for tests and the message log. */
	Optional<Document> find(String appointmentId) {
		return Optional.ofNullable(this.mongo.findById(appointmentId, Document.class, PLANS));
	}

	/** The minute a reminder is looked at: the first whole minute at or after it. */
	static Instant bucketOf(Instant at) {
		Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
		return minute.equals(at) ? minute : minute.plus(1, ChronoUnit.MINUTES);
	}

	private void file(ReminderKey key, Instant at) {
		this.mongo.upsert(byId(minuteKey(bucketOf(at))), new Update().addToSet(DUE, key.toString()), BUCKETS);
	}

	private static Query held(ReminderKey key, String owner) {
		String lead = LEADS + "." + key.lead() + ".";
		return new Query(Criteria.where("_id")
			.is(key.appointmentId())
			.and(lead + "status")
			.is(ReminderStatus.PLANNED.name())
			.and(lead + "leaseOwner")
			.is(owner));
	}

	private static String minuteKey(Instant minute) {
		return minute.toString();
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

}
