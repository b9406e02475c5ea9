package org.careflow.notification.leases;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Jobs kept in one collection that any replica may do, each done by one at a time: a
 * replica claims a planned job with a lease on the job's own document (an atomic
 * find-and-modify), does it, and finishes it; a failure gives it back until a later time;
 * a replica that dies holding a lease holds it only until the lease ends. Not a timer per
 * replica, and not a lock that dies with its owner.
 * <p>
 * A job is a document, or a sub-document of one (a reminder is one lead time of an
 * appointment's plan): its fields {@code status}, {@code attempts}, {@code leaseOwner},
 * {@code leaseUntil}, {@code finishedAt} and {@code error} sit under the job's prefix.
 */
public final class LeasedJobs {

	/** The status of a job waiting for its time, being done, or to be tried again. */
	public static final String PLANNED = "PLANNED";

	private final MongoTemplate mongo;

	private final String collection;

	public LeasedJobs(MongoTemplate mongo, String collection) {
		this.mongo = mongo;
		this.collection = collection;
	}

	/** What a new job starts with: planned, never tried, nobody's. */
	public static Update planned(Job job, Update update) {
		return update.setOnInsert(job.field("status"), PLANNED)
			.setOnInsert(job.field("attempts"), 0)
			.setOnInsert(job.field("leaseUntil"), Date.from(Instant.EPOCH));
	}

	/**
	 * Claims a planned job until {@code leaseUntil}, unless another replica holds it.
	 * @param also what else the document must satisfy (e.g. not revoked), or {@code null}
	 * @return the whole document, as the lease left it
	 */
	public Optional<Document> claim(Job job, String owner, Instant now, Instant leaseUntil, Criteria also) {
		Query claimable = new Query(Criteria.where("_id")
			.is(job.id())
			.and(job.field("status"))
			.is(PLANNED)
			.and(job.field("leaseUntil"))
			.lte(Date.from(now)));
		if (also != null) {
			claimable.addCriteria(also);
		}
		Update lease = new Update().set(job.field("leaseOwner"), owner)
			.set(job.field("leaseUntil"), Date.from(leaseUntil))
			.inc(job.field("attempts"), 1);
		return Optional.ofNullable(this.mongo.findAndModify(claimable, lease,
				FindAndModifyOptions.options().returnNew(true), Document.class, this.collection));
	}

	/** Ends a claimed job with {@code status}, if this replica still holds it. */
	public boolean finish(Job job, String owner, String status, Instant at) {
		Update done = new Update().set(job.field("status"), status).set(job.field("finishedAt"), Date.from(at));
		return this.mongo.updateFirst(held(job, owner), done, this.collection).getModifiedCount() == 1;
	}

	/**
	 * Gives a claimed job back until {@code until}: nobody's until then. A failure's
	 * message is kept.
	 */
	public void postpone(Job job, String owner, Instant until, Optional<String> error) {
		Update postpone = new Update().set(job.field("leaseUntil"), Date.from(until));
		error.ifPresent((message) -> postpone.set(job.field("error"), message));
		this.mongo.updateFirst(held(job, owner), postpone, this.collection);
	}

	private static Query held(Job job, String owner) {
		return new Query(Criteria.where("_id")
			.is(job.id())
			.and(job.field("status"))
			.is(PLANNED)
			.and(job.field("leaseOwner"))
			.is(owner));
	}

	/**
	 * One job: the document it is in, and where in it.
	 *
	 * @param id the document's {@code _id}
	 * @param prefix the path of the job's fields, ending in a dot; empty when the job is
	 * the whole document
	 */
	public record Job(String id, String prefix) {

		public static Job document(String id) {
			return new Job(id, "");
		}

		String field(String name) {
			return this.prefix + name;
		}

	}

}
