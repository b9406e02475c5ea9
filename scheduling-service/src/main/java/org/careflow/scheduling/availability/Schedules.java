package org.careflow.scheduling.availability;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Doctors' availability in MongoDB, one document per doctor. Every change is one
 * conditional write on the revision read (a concurrent change makes it fail instead of
 * being overwritten), carrying the events it raises for the outbox relay.
 */
@Service
public class Schedules implements InitializingBean {

	/** Fields of the document that a change does not set. */
	private static final Set<String> NOT_SET = Set.of("_id", "_class", PendingEvents.FIELD);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ObjectProvider<Outbox> outbox;

	Schedules(MongoTemplate mongo, Clock clock, ObjectProvider<Outbox> outbox) {
		this.mongo = mongo;
		this.clock = clock;
		this.outbox = outbox;
	}

	@Override
	public void afterPropertiesSet() {
		// the local MongoDB-protocol server uses a unique index only for a query naming
		// exactly its fields: the conditional write names the id and the revision
		this.mongo.indexOps(ScheduleDocument.class)
			.createIndex(
					new Index().on("_id", Direction.ASC).on("revision", Direction.ASC).unique().named("id_revision"));
	}

	public Optional<DoctorAvailability> find(String doctorId) {
		return load(doctorId).map(Stored::availability);
	}

	/** The availability and the revision a change of it is conditional on. */
	public Optional<Stored> load(String doctorId) {
		return Optional.ofNullable(this.mongo.findById(doctorId, ScheduleDocument.class))
			.map(document -> new Stored(document.toAvailability(), document.revision()));
	}

	/** The availability of each of these doctors that has one (one query, by id). */
	public List<DoctorAvailability> findAll(Collection<String> doctorIds) {
		if (doctorIds.isEmpty()) {
			return List.of();
		}
		return this.mongo.find(new Query(Criteria.where("_id").in(doctorIds)), ScheduleDocument.class)
			.stream()
			.map(ScheduleDocument::toAvailability)
			.toList();
	}

	/**
	 * Stores the first availability of a doctor (weekly hours, default rules), unless
	 * they have one.
	 * @return whether it was stored
	 */
	boolean createIfAbsent(WeeklySchedule weekly) {
		return write(DoctorAvailability.of(weekly), Optional.empty(), List.of());
	}

	/**
	 * Stores {@code next} if the doctor's document is still as {@code previous} was read
	 * (absent: still absent), with {@code events} for the outbox in the same write.
	 * @return false if it changed meanwhile (nothing stored)
	 */
	boolean write(DoctorAvailability next, Optional<Stored> previous, List<PendingEvent> events) {
		if (previous.isEmpty()) {
			try {
				// the outbox's save callback marks the document when it has events
				this.mongo.insert(ScheduleDocument.from(next, 1, this.clock.instant(), events));
				return true;
			}
			catch (DuplicateKeyException concurrent) {
				return false;
			}
		}
		Long revision = previous.get().revision();
		long written = ((revision != null) ? revision : 0) + 1;
		Update update = PendingEvents.append(contentOf(next, written), events);
		boolean stored = this.mongo.updateFirst(current(next.doctorId(), revision), update, ScheduleDocument.class)
			.getMatchedCount() == 1;
		if (stored && !events.isEmpty()) {
			this.outbox.ifAvailable(Outbox::nudge);
		}
		return stored;
	}

	/**
	 * Puts back what a change replaced, unless the document changed again since
	 * ({@code written} is the revision the change stored).
	 */
	boolean restore(String doctorId, Optional<Stored> previous, long written) {
		if (previous.isEmpty()) {
			return this.mongo.remove(current(doctorId, written), ScheduleDocument.class).getDeletedCount() == 1;
		}
		return this.mongo
			.updateFirst(current(doctorId, written), contentOf(previous.get().availability(), written + 1),
					ScheduleDocument.class)
			.getMatchedCount() == 1;
	}

	/** Adds events to the doctor's document for the outbox relay. */
	void append(String doctorId, List<PendingEvent> events) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(doctorId)),
				PendingEvents.append(new Update(), events), ScheduleDocument.class);
		this.outbox.ifAvailable(Outbox::nudge);
	}

	private static Query current(String doctorId, Long revision) {
		return new Query(Criteria.where("_id").is(doctorId).and("revision").is(revision));
	}

	private Update contentOf(DoctorAvailability availability, long revision) {
		org.bson.Document content = new org.bson.Document();
		this.mongo.getConverter()
			.write(ScheduleDocument.from(availability, revision, this.clock.instant(), List.of()), content);
		Update update = new Update();
		content.forEach((field, value) -> {
			if (!NOT_SET.contains(field)) {
				update.set(field, value);
			}
		});
		return update;
	}

	/**
	 * @param revision as stored; null for a document written before revisions existed
	 */
	public record Stored(DoctorAvailability availability, Long revision) {

		long written() {
			return ((this.revision != null) ? this.revision : 0) + 1;
		}

	}

}
