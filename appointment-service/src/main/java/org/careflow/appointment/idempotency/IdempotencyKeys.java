package org.careflow.appointment.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The keys of the last day's keyed requests ({@value #COLLECTION}), one document each:
 * {@code _id} = a digest of caller, operation and key; the request's fingerprint; and the
 * answer once there is one. The insert decides which of several concurrent requests with
 * one key runs; the others wait for its answer. A key is kept {@link #KEPT_FOR}; a TTL
 * index removes it on MongoDB, and an expired key found on the way is replaced (the local
 * stack's MongoDB-protocol server does not expire documents), so its cost follows the
 * requests of a day, not the appointments stored.
 */
@Repository
class IdempotencyKeys implements InitializingBean {

	static final String COLLECTION = "idempotency_keys";

	static final Duration KEPT_FOR = Duration.ofHours(24);

	private final MongoTemplate mongo;

	private final Clock clock;

	IdempotencyKeys(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO).named("expiry"));
	}

	/**
	 * Claims the key for this request.
	 * @return empty if this request is the first (it runs, then {@link #answer}s or
	 * {@link #forget}s); else the key as stored by the first
	 */
	Optional<Entry> claim(String id, String fingerprint) {
		Instant now = this.clock.instant();
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				this.mongo.insert(new Entry(id, fingerprint, null, now.plus(KEPT_FOR)), COLLECTION);
				return Optional.empty();
			}
			catch (DuplicateKeyException taken) {
				Entry stored = this.mongo.findById(id, Entry.class, COLLECTION);
				if (stored == null) {
					continue;
				}
				if (stored.expiresAt().isAfter(now)) {
					return Optional.of(stored);
				}
				this.mongo.remove(new Query(Criteria.where("_id").is(id).and("expiresAt").is(stored.expiresAt())),
						COLLECTION);
			}
		}
		throw new IllegalStateException("Idempotency key " + id + " could not be claimed");
	}

	Optional<Entry> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Entry.class, COLLECTION));
	}

	void answer(String id, StoredAnswer answer) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().set("answer", answer), COLLECTION);
	}

	/** The first request failed without an answer worth repeating: a retry runs anew. */
	void forget(String id) {
		this.mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION);
	}

	/**
	 * @param answer {@code null} while the first request runs
	 */
	record Entry(String id, String fingerprint, StoredAnswer answer, Instant expiresAt) {
	}

}
