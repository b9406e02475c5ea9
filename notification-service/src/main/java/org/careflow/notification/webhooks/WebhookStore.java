package org.careflow.notification.webhooks;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The three collections: {@code webhook_subscriptions} (a few dozen at most),
 * {@code webhook_pending} (deliveries not yet made: removed once made, so what the sweep
 * reads never grows with history) and {@code webhook_deliveries} (the log of attempts,
 * kept {@code log-retention}).
 */
@Component
class WebhookStore {

	static final String SUBSCRIPTIONS = "webhook_subscriptions";

	static final String PENDING = "webhook_pending";

	static final String LOG = "webhook_deliveries";

	private final MongoTemplate mongo;

	WebhookStore(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(PENDING).createIndex(new Index().on("nextAttemptAt", Sort.Direction.ASC).named("by_due"));
		mongo.indexOps(PENDING)
			.createIndex(new Index().on("subscriptionId", Sort.Direction.ASC)
				.on("appointmentId", Sort.Direction.ASC)
				.on("seq", Sort.Direction.ASC)
				.named("by_order"));
		mongo.indexOps(LOG)
			.createIndex(new Index().on("subscriptionId", Sort.Direction.ASC)
				.on("at", Sort.Direction.DESC)
				.named("by_subscription"));
		mongo.indexOps(LOG).createIndex(new Index().on("at", Sort.Direction.ASC).named("by_age"));
	}

	// subscriptions

	void insert(Subscription subscription) {
		this.mongo.insert(new Document("_id", subscription.id()).append("url", subscription.url())
			.append("events", subscription.events())
			.append("secret", subscription.secret())
			.append("active", true)
			.append("createdAt", Date.from(subscription.createdAt())), SUBSCRIPTIONS);
	}

	long countSubscriptions() {
		return this.mongo.estimatedCount(SUBSCRIPTIONS);
	}

	Optional<Subscription> subscription(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Document.class, SUBSCRIPTIONS))
			.map(WebhookStore::subscriptionOf);
	}

	List<Subscription> subscriptions(long offset, int limit) {
		Query page = new Query().with(Sort.by("createdAt", "_id")).skip(offset).limit(limit);
		return this.mongo.find(page, Document.class, SUBSCRIPTIONS).stream().map(WebhookStore::subscriptionOf).toList();
	}

	/** Every active subscription: a few dozen at most ({@code max-subscriptions}). */
	List<Subscription> activeSubscriptions() {
		return this.mongo.find(Query.query(Criteria.where("active").is(true)), Document.class, SUBSCRIPTIONS)
			.stream()
			.map(WebhookStore::subscriptionOf)
			.toList();
	}

	boolean delete(String id) {
		this.mongo.remove(Query.query(Criteria.where("subscriptionId").is(id)), PENDING);
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), SUBSCRIPTIONS).getDeletedCount() == 1;
	}

	void disable(String id, String reason, Instant at) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("active").is(true)),
				new Update().set("active", false).set("disabledReason", reason).set("disabledAt", Date.from(at)),
				SUBSCRIPTIONS);
	}

	/**
	 * Active again: its waiting deliveries go out at the next sweep, their attempts
	 * counted anew.
	 */
	boolean enable(String id, Instant now) {
		boolean found = this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)),
					new Update().set("active", true).unset("disabledReason").unset("disabledAt"), SUBSCRIPTIONS)
			.getMatchedCount() == 1;
		if (found) {
			this.mongo.updateMulti(Query.query(Criteria.where("subscriptionId").is(id)),
					new Update().set("attempts", 0).set("nextAttemptAt", Date.from(now)), PENDING);
		}
		return found;
	}

	// pending deliveries

	/** Files a delivery once: a record read again from Kafka finds it filed already. */
	void file(PendingDelivery delivery) {
		Query same = Query.query(Criteria.where("_id").is(delivery.id()));
		Update fields = new Update().setOnInsert("subscriptionId", delivery.subscriptionId())
			.setOnInsert("eventId", delivery.eventId())
			.setOnInsert("type", delivery.type())
			.setOnInsert("appointmentId", delivery.appointmentId())
			.setOnInsert("seq", delivery.seq())
			.setOnInsert("body", delivery.body())
			.setOnInsert("attempts", 0)
			.setOnInsert("nextAttemptAt", Date.from(delivery.nextAttemptAt()))
			.setOnInsert("leaseUntil", Date.from(Instant.EPOCH));
		this.mongo.upsert(same, fields, PENDING);
	}

	List<PendingDelivery> due(List<String> subscriptionIds, Instant now, int limit) {
		Query due = Query
			.query(Criteria.where("nextAttemptAt").lte(Date.from(now)).and("subscriptionId").in(subscriptionIds))
			.with(Sort.by("nextAttemptAt"))
			.limit(limit);
		return this.mongo.find(due, Document.class, PENDING).stream().map(WebhookStore::pendingOf).toList();
	}

	/**
	 * Whether an earlier event of the same appointment still waits for this subscription.
	 */
	boolean hasEarlier(PendingDelivery delivery) {
		return this.mongo.exists(Query.query(Criteria.where("subscriptionId")
			.is(delivery.subscriptionId())
			.and("appointmentId")
			.is(delivery.appointmentId())
			.and("seq")
			.lt(delivery.seq())), PENDING);
	}

	long pendingOf(String subscriptionId) {
		return this.mongo.count(Query.query(Criteria.where("subscriptionId").is(subscriptionId)), PENDING);
	}

	/**
	 * Takes a delivery for this replica until {@code until}, unless another replica holds
	 * it.
	 */
	Optional<PendingDelivery> claim(PendingDelivery delivery, String owner, Instant now, Instant until) {
		Query free = Query.query(Criteria.where("_id").is(delivery.id()).and("leaseUntil").lte(Date.from(now)));
		Update lease = new Update().set("leaseOwner", owner).set("leaseUntil", Date.from(until)).inc("attempts", 1);
		return Optional
			.ofNullable(this.mongo.findAndModify(free, lease, FindAndModifyOptions.options().returnNew(true),
					Document.class, PENDING))
			.map(WebhookStore::pendingOf);
	}

	void delivered(PendingDelivery delivery) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(delivery.id())), PENDING);
	}

	void retryAt(PendingDelivery delivery, Instant next) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())),
				new Update().set("nextAttemptAt", Date.from(next)).set("leaseUntil", Date.from(Instant.EPOCH)),
				PENDING);
	}

	// the log

	void log(String subscriptionId, DeliveryAttempt attempt) {
		Document line = new Document("subscriptionId", subscriptionId).append("deliveryId", attempt.deliveryId())
			.append("eventId", attempt.eventId())
			.append("type", attempt.type())
			.append("appointmentId", attempt.appointmentId())
			.append("attempt", attempt.attempt())
			.append("outcome", attempt.outcome())
			.append("httpStatus", attempt.httpStatus())
			.append("error", attempt.error())
			.append("at", Date.from(attempt.at()));
		this.mongo.insert(line, LOG);
	}

	List<DeliveryAttempt> log(String subscriptionId, long offset, int limit) {
		Query page = Query.query(Criteria.where("subscriptionId").is(subscriptionId))
			.with(Sort.by(Sort.Direction.DESC, "at"))
			.skip(offset)
			.limit(limit);
		return this.mongo.find(page, Document.class, LOG).stream().map(WebhookStore::attemptOf).toList();
	}

	long forgetLogBefore(Instant before) {
		return this.mongo.remove(Query.query(Criteria.where("at").lt(Date.from(before))), LOG).getDeletedCount();
	}

	private static Subscription subscriptionOf(Document document) {
		return new Subscription(document.getString("_id"), document.getString("url"),
				document.getList("events", String.class), document.getString("secret"),
				document.getBoolean("active", false), document.getString("disabledReason"),
				instant(document.getDate("disabledAt")), instant(document.getDate("createdAt")));
	}

	private static PendingDelivery pendingOf(Document document) {
		return new PendingDelivery(document.getString("_id"), document.getString("subscriptionId"),
				document.getString("eventId"), document.getString("type"), document.getString("appointmentId"),
				((Number) document.get("seq")).longValue(), document.getString("body"),
				((Number) document.get("attempts")).intValue(), instant(document.getDate("nextAttemptAt")));
	}

	private static DeliveryAttempt attemptOf(Document document) {
		return new DeliveryAttempt(document.getString("deliveryId"), document.getString("eventId"),
				document.getString("type"), document.getString("appointmentId"), document.getInteger("attempt", 0),
				document.getString("outcome"), document.getInteger("httpStatus"), document.getString("error"),
				instant(document.getDate("at")));
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
