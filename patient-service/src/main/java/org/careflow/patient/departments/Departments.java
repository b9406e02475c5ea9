package org.careflow.patient.departments;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The copy of the departments ({@value #COLLECTION}), one document per department,
 * {@code _id} = its id. Read by admissions and the beds view; written only by the events.
 */
@Repository
public class Departments {

	static final String COLLECTION = "departments";

	/**
	 * A write that lost a race with another is tried again with what won, at most this
	 * often.
	 */
	private static final int ATTEMPTS = 3;

	private final MongoTemplate mongo;

	Departments(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The department, unless there is none or it was removed. */
	public Optional<Department> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Department.class, COLLECTION))
			.filter((department) -> !department.removed());
	}

	/**
	 * Stores {@code incoming} (a saved department or a removal's marker) unless the copy
	 * holds a newer event or this one already: applying an event twice, or an old one
	 * after a new one, changes nothing. Each write is conditional on the event it
	 * replaces, so two consumers racing cannot put an older department back.
	 * @return whether the copy changed
	 */
	boolean apply(Department incoming) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Department stored = this.mongo.findById(incoming.id(), Department.class, COLLECTION);
			if (stored == null) {
				try {
					this.mongo.insert(incoming, COLLECTION);
					return true;
				}
				catch (DuplicateKeyException raced) {
					continue;
				}
			}
			if (!stored.isReplacedBy(incoming.occurredAt(), incoming.eventId())) {
				return false;
			}
			Query unchanged = new Query(Criteria.where("_id").is(incoming.id()).and("eventId").is(stored.eventId()));
			Update replacement = new Update().set("name", incoming.name())
				.set("rooms", incoming.rooms())
				.set("occurredAt", incoming.occurredAt())
				.set("eventId", incoming.eventId())
				.set("removed", incoming.removed());
			if (this.mongo.updateFirst(unchanged, replacement, Department.class, COLLECTION).getMatchedCount() == 1) {
				return true;
			}
		}
		throw new IllegalStateException("Department " + incoming.id() + " kept changing while event "
				+ incoming.eventId() + " was applied; it is retried");
	}

}
