package org.careflow.notification.messages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The log of every email, keyed by what caused it (an event, a reminder, a visit). Kafka
 * delivers at least once; this log turns that into at most one sent email each. Reminders
 * appear in it from when they are planned.
 */
class MessageLog {

	static final String COLLECTION = "messages";

	private static final String STATUS = "status";

	private final MongoTemplate mongo;

	private final Clock clock;

	MessageLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** A patient's messages, newest first: the one query that lists. */
	void ensureIndexes() {
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("patientId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
	}

	/**
	 * Claims the email for sending.
	 * @return false if it was already sent (or revoked), so it must not be sent
	 */
	boolean claim(String eventId, String eventType, Email email) {
		try {
			this.mongo.insert(MessageLogEntry.pending(eventId, eventType, email, this.clock.instant()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return reclaimUnsent(eventId, email);
		}
	}

	/**
	 * A redelivered event whose earlier attempt failed or was cut short tries again, and
	 * so does a planned reminder falling due.
	 */
	private boolean reclaimUnsent(String eventId, Email email) {
		Query unsent = new Query(Criteria.where("_id")
			.is(eventId)
			.and(STATUS)
			.in(MessageStatus.PLANNED, MessageStatus.PENDING, MessageStatus.FAILED));
		Update retry = new Update().set(STATUS, MessageStatus.PENDING)
			.set("recipient", email.to())
			.set("subject", email.subject())
			.inc("attempts", 1);
		return this.mongo.updateFirst(unsent, retry, MessageLogEntry.class).getMatchedCount() == 1;
	}

	/** A reminder to come; a second planning of the same one changes nothing. */
	void planned(String messageId, String kind, String patientId, String appointmentId, Instant dueAt) {
		this.mongo.upsert(new Query(Criteria.where("_id").is(messageId)),
				new Update().setOnInsert("eventType", kind)
					.setOnInsert(STATUS, MessageStatus.PLANNED)
					.setOnInsert("attempts", 0)
					.setOnInsert("createdAt", this.clock.instant())
					.setOnInsert("patientId", patientId)
					.setOnInsert("appointmentId", appointmentId)
					// a visit summary's moves later with each edit; a reminder's stays
					.max("dueAt", dueAt),
				MessageLogEntry.class);
	}

	/**
	 * An email the recipient turned off: logged as such, unless it was sent before they
	 * did.
	 */
	void suppressed(String messageId, String kind, Email email) {
		Query unsent = new Query(Criteria.where("_id").is(messageId).and(STATUS).ne(MessageStatus.SENT));
		Update suppressed = new Update().set(STATUS, MessageStatus.SUPPRESSED)
			.setOnInsert("eventType", kind)
			.setOnInsert("attempts", 0)
			.setOnInsert("createdAt", this.clock.instant())
			.setOnInsert("patientId", email.patientId())
			.setOnInsert("appointmentId", email.appointmentId());
		try {
			this.mongo.upsert(unsent, suppressed, MessageLogEntry.class);
		}
		catch (DuplicateKeyException sentAlready) {
			// the entry exists and says SENT: it stays so
		}
	}

	/** Ends what is still planned: revoked, or expired. */
	void endPlanned(List<String> messageIds, MessageStatus status) {
		if (messageIds.isEmpty()) {
			return;
		}
		this.mongo.updateMulti(new Query(
				Criteria.where("_id").in(messageIds).and(STATUS).in(MessageStatus.PLANNED, MessageStatus.FAILED)),
				new Update().set(STATUS, status), MessageLogEntry.class);
	}

	void markSent(String eventId) {
		update(eventId,
				new Update().set(STATUS, MessageStatus.SENT).set("sentAt", this.clock.instant()).unset("error"));
	}

	void markFailed(String eventId, String error) {
		update(eventId, new Update().set(STATUS, MessageStatus.FAILED).set("error", error));
	}

	/** One page of a patient's messages, newest first ({@code limit} of them at most). */
	List<MessageLogEntry> ofPatient(String patientId, long skip, int limit) {
		Query query = new Query(Criteria.where("patientId").is(patientId))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.skip(skip)
			.limit(limit);
		return this.mongo.find(query, MessageLogEntry.class);
	}

	/** One update over the patient's entries (the patient-and-time index). */
	long forgetRecipient(String patientId) {
		return this.mongo
			.updateMulti(new Query(Criteria.where("patientId").is(patientId)),
					new Update().unset("recipient").unset("subject"), MessageLogEntry.class)
			.getModifiedCount();
	}

	private void update(String eventId, Update update) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(eventId)), update, MessageLogEntry.class);
	}

}
