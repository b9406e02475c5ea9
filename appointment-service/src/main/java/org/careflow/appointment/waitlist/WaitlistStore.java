package org.careflow.appointment.waitlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.careflow.events.Topics;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Waitlist entries ({@value #COLLECTION}); an offer and its {@code waitlist.offered}
 * event are stored in one write, version-checked, so two replicas offering one slot to
 * one entry store one offer. Entries leave the collection when the patient books or
 * leaves, so it holds only the waiting.
 */
@Repository
class WaitlistStore implements InitializingBean {

	static final String COLLECTION = "waitlist";

	private final MongoTemplate mongo;

	private final Outbox outbox;

	WaitlistStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@Override
	public void afterPropertiesSet() {
		var indexes = this.mongo.indexOps(COLLECTION);
		indexes.createIndex(new Index().on("doctorId", Sort.Direction.ASC).on("joinedAt", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("specialty", Sort.Direction.ASC).on("joinedAt", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("patientId", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("offerId", Sort.Direction.ASC).unique().sparse().named("offer_id"));
		indexes.createIndex(new Index().on("offer.expiresAt", Sort.Direction.ASC).sparse().named("offer_expiry"));
	}

	void insert(WaitlistEntry entry) {
		this.mongo.insert(WaitlistDocument.from(entry, List.of()), COLLECTION);
	}

	/**
	 * Stores the entry's new offer (or its lapse) with its events, if nobody changed the
	 * entry since it was read.
	 * @throws OptimisticLockingFailureException if it changed meanwhile
	 */
	void update(WaitlistEntry entry) {
		WaitlistDocument next = WaitlistDocument.from(entry, List.of());
		Query sameVersion = new Query(Criteria.where("_id").is(next.id()).and("version").is(next.version()));
		Update update = new Update().set("passed", next.passed()).inc("version", 1);
		if (next.offer() == null) {
			update.unset("offer").unset("offerId");
		}
		else {
			update.set("offer", next.offer()).set("offerId", next.offerId());
		}
		List<PendingEvent> events = entry.raisedEvents()
			.stream()
			.map(event -> PendingEvent.of(Topics.APPOINTMENTS, event))
			.toList();
		PendingEvents.append(update, events);
		if (this.mongo.updateFirst(sameVersion, update, COLLECTION).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException("Waitlist entry " + next.id() + " changed meanwhile");
		}
		this.outbox.nudge();
	}

	Optional<WaitlistEntry> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, WaitlistDocument.class, COLLECTION))
			.map(WaitlistDocument::toEntry);
	}

	Optional<WaitlistEntry> findByOffer(String offerId) {
		return Optional
			.ofNullable(this.mongo.findOne(new Query(Criteria.where("offerId").is(offerId)), WaitlistDocument.class,
					COLLECTION))
			.map(WaitlistDocument::toEntry);
	}

	List<WaitlistEntry> ofPatient(String patientId, long offset, int limit) {
		Query query = new Query(Criteria.where("patientId").is(patientId)).with(Sort.by("joinedAt", "_id"))
			.skip(offset)
			.limit(limit);
		return this.mongo.find(query, WaitlistDocument.class, COLLECTION)
			.stream()
			.map(WaitlistDocument::toEntry)
			.toList();
	}

	/**
	 * Those waiting for the doctor, or for the doctor's specialty, without an offer open,
	 * the longest waiting first; at most {@code limit}.
	 */
	List<WaitlistEntry> waitingFor(String doctorId, String specialty, int limit) {
		List<Criteria> forWhom = new ArrayList<>();
		forWhom.add(Criteria.where("doctorId").is(doctorId));
		if (specialty != null) {
			forWhom.add(Criteria.where("specialty").is(specialty));
		}
		Query query = new Query(new Criteria().orOperator(forWhom).and("offer").exists(false))
			.with(Sort.by("joinedAt", "_id"))
			.limit(limit);
		return this.mongo.find(query, WaitlistDocument.class, COLLECTION)
			.stream()
			.map(WaitlistDocument::toEntry)
			.toList();
	}

	/** Entries whose offer expired before {@code now}, at most {@code limit}. */
	List<WaitlistEntry> withOfferExpiredBefore(Instant now, int limit) {
		Query query = new Query(Criteria.where("offer.expiresAt").lt(now)).limit(limit);
		return this.mongo.find(query, WaitlistDocument.class, COLLECTION)
			.stream()
			.map(WaitlistDocument::toEntry)
			.toList();
	}

	boolean delete(String id) {
		return this.mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION).getDeletedCount() > 0;
	}

	/** How many entries the patient has, counting up to {@code atMost}. */
	int countOfPatient(String patientId, int atMost) {
		Query query = new Query(Criteria.where("patientId").is(patientId)).limit(atMost);
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION).size();
	}

}
