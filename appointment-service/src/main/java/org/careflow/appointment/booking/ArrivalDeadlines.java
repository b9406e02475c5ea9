package org.careflow.appointment.booking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * Which booked appointments fall due for the no-show check in which minute: one document
 * per minute ({@value #BUCKETS}, {@code _id} = the minute, {@code appointments} = their
 * ids), and how far the check has got ({@value #PROGRESS}).
 * <p>
 * Every read is by {@code _id}, so a sweep costs what falls due, not what is stored: a
 * query on the appointments' start would read the whole collection on the local stack's
 * MongoDB-protocol server (it serves no range from an index) every time, idle or not.
 */
@Repository
class ArrivalDeadlines {

	static final String BUCKETS = "arrival_deadlines";

	static final String PROGRESS = "noshow_progress";

	private static final String PROGRESS_ID = "sweep";

	private static final String APPOINTMENTS = "appointments";

	private static final String THROUGH = "through";

	private final MongoTemplate mongo;

	ArrivalDeadlines(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The minute an appointment is checked in: the first whole minute at or after it. */
	static Instant bucketOf(Instant deadline) {
		Instant minute = deadline.truncatedTo(ChronoUnit.MINUTES);
		return minute.equals(deadline) ? minute : minute.plus(1, ChronoUnit.MINUTES);
	}

	void add(String appointmentId, Instant deadline) {
		this.mongo.upsert(byId(key(bucketOf(deadline))), new Update().addToSet(APPOINTMENTS, appointmentId), BUCKETS);
	}

	/** The appointments listed in these minutes' buckets (ids of a bucket once each). */
	List<String> dueIn(List<Instant> minutes) {
		Query query = new Query(Criteria.where("_id").in(minutes.stream().map(ArrivalDeadlines::key).toList()));
		return this.mongo.find(query, Document.class, BUCKETS)
			.stream()
			.flatMap((bucket) -> bucket.getList(APPOINTMENTS, String.class, List.of()).stream())
			.distinct()
			.toList();
	}

	void forget(List<Instant> minutes) {
		this.mongo.remove(new Query(Criteria.where("_id").in(minutes.stream().map(ArrivalDeadlines::key).toList())),
				BUCKETS);
	}

	/** The last minute checked, if the check ever ran on this database. */
	Optional<Instant> checkedThrough() {
		Document progress = this.mongo.findById(PROGRESS_ID, Document.class, PROGRESS);
		return Optional.ofNullable(progress).map((found) -> Instant.parse(found.getString(THROUGH)));
	}

	/**
	 * Moves the progress from {@code from} to {@code to} unless another replica moved it
	 * first (then that replica checked the same minutes).
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
		Document moved = this.mongo.findAndModify(unchanged, new Update().set(THROUGH, to.toString()),
				FindAndModifyOptions.options().returnNew(true), Document.class, PROGRESS);
		return moved != null;
	}

	private static String key(Instant minute) {
		return minute.toString();
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

}
