package org.careflow.patient.chart;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;
import org.careflow.platform.web.PageParams;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The storage every kind of chart entry shares, one collection per kind: insert with
 * events, read by id, a patient's entries newest first without those entered in error,
 * and changes that succeed only on the version the caller read. Events go in the same
 * write as the change (the platform's outbox publishes them). What was written about the
 * patient is sealed at rest ({@link EntrySealing}): by the mapping's events when an entry
 * is inserted or read, by this store when it is updated.
 *
 * @param <T> the stored entry, a record with fields {@code id}, {@code patientId},
 * {@code status}, {@code version}, {@code createdAt} and {@code pendingEvents}
 */
public class ChartStore<T extends ChartEntry> {

	private static final String CREATED_AT = "createdAt";

	/** Never changed by an update: who and whose, when written, and the outbox's own. */
	private static final List<String> FIXED_FIELDS = List.of("_id", "patientId", CREATED_AT, "version",
			PendingEvents.FIELD, PendingEvents.MARKER, "_class");

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final EntrySealing sealing;

	private final Class<T> type;

	private final String collection;

	private final ChartArea area;

	public ChartStore(MongoTemplate mongo, Outbox outbox, EntrySealing sealing, Class<T> type, String collection,
			ChartArea area) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.sealing = sealing;
		this.type = type;
		this.collection = collection;
		this.area = area;
	}

	/** The patient's list, newest first: the only query a chart runs often. */
	public void createIndexes() {
		this.mongo.indexOps(this.collection)
			.createIndex(new Index().on("patientId", Direction.ASC).on(CREATED_AT, Direction.DESC).named("by_patient"));
	}

	/** Stores a new entry; its pending events are published by the outbox. */
	public T insert(T entry) {
		return this.mongo.insert(entry, this.collection);
	}

	public Optional<T> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, this.type, this.collection));
	}

	/**
	 * @throws ChartEntryNotFoundException if there is none
	 */
	public T get(String id) {
		return find(id).orElseThrow(() -> new ChartEntryNotFoundException(this.area, id));
	}

	/**
	 * One page of the patient's entries, newest first, without those entered in error: up
	 * to {@link PageParams#fetchSize()} items, for the platform's {@code Pages}.
	 */
	public List<T> page(String patientId, PageParams paging) {
		Query query = new Query(Criteria.where("patientId").is(patientId).and("status").ne(ChartEntry.ENTERED_IN_ERROR))
			.with(Sort.by(Direction.DESC, CREATED_AT))
			.skip(paging.offset())
			.limit(paging.fetchSize());
		return this.mongo.find(query, this.type, this.collection);
	}

	/**
	 * Stores {@code next} (the entry as it is now, with {@code version} one more than the
	 * caller read) if the stored one is still at {@code next.version() - 1}, with the
	 * events announcing the change.
	 * @throws StaleVersionException if someone changed it meanwhile
	 * @throws ChartEntryNotFoundException if it does not exist
	 */
	public T update(T next, List<PendingEvent> events) {
		Document written = new Document();
		this.mongo.getConverter().write(next, written);
		this.sealing.seal(this.area, next.id(), written);
		Update update = new Update();
		written.forEach((field, value) -> {
			if (!FIXED_FIELDS.contains(field)) {
				update.set(field, value);
			}
		});
		// the converter leaves out null fields: a value the change removed must go too
		this.mongo.getConverter().getMappingContext().getRequiredPersistentEntity(this.type).forEach((property) -> {
			if (!written.containsKey(property.getFieldName()) && !FIXED_FIELDS.contains(property.getFieldName())) {
				update.unset(property.getFieldName());
			}
		});
		update.inc("version", 1);
		if (!events.isEmpty()) {
			PendingEvents.append(update, events);
		}
		Query sameVersion = new Query(Criteria.where("_id").is(next.id()).and("version").is(next.version() - 1));
		if (this.mongo.updateFirst(sameVersion, update, this.collection).getMatchedCount() == 0) {
			throw new StaleVersionException(this.area, next.id(), get(next.id()).version());
		}
		if (!events.isEmpty()) {
			this.outbox.nudge();
		}
		return next;
	}

}
