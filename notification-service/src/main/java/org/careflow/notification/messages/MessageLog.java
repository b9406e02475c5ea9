package org.careflow.notification.messages;

import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The log of every email, keyed by the event that caused it. Kafka delivers at least
 * once; this log turns that into at most one sent email per event.
 */
class MessageLog {

	static final String COLLECTION = "messages";

	private final MongoTemplate mongo;

	private final Clock clock;

	MessageLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Claims the event's email for sending.
	 * @return false if it was already sent, so it must not be sent again
	 */
	boolean claim(String eventId, String eventType, Email email) {
		try {
			this.mongo.insert(MessageLogEntry.pending(eventId, eventType, email, this.clock.instant()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return reclaimUnsent(eventId);
		}
	}

	/** A redelivered event whose earlier attempt failed or was cut short tries again. */
	private boolean reclaimUnsent(String eventId) {
		Query unsent = new Query(Criteria.where("_id").is(eventId).and("status").ne(MessageStatus.SENT));
		Update retry = new Update().set("status", MessageStatus.PENDING).inc("attempts", 1);
		return this.mongo.updateFirst(unsent, retry, MessageLogEntry.class).getMatchedCount() == 1;
	}

	void markSent(String eventId) {
		update(eventId,
				new Update().set("status", MessageStatus.SENT).set("sentAt", this.clock.instant()).unset("error"));
	}

	void markFailed(String eventId, String error) {
		update(eventId, new Update().set("status", MessageStatus.FAILED).set("error", error));
	}

	private void update(String eventId, Update update) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(eventId)), update, MessageLogEntry.class);
	}

}
