package org.careflow.appointment.booking;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reschedules under way, one document each ({@code _id} = the appointment being moved),
 * so that one interrupted between its writes (the new appointment claimed or stored, the
 * old one not yet cancelled) is finished or undone later by {@link RescheduleRecovery}.
 * The insert also keeps two reschedules of one appointment apart.
 * <p>
 * The collection holds only the reschedules of the last moments (each is removed when it
 * ends), so reading all of it costs nothing that grows with the appointments stored.
 */
@Repository
class ReschedulesInFlight {

	static final String COLLECTION = "reschedules_in_flight";

	/** How many interrupted reschedules one recovery pass takes on. */
	private static final int BATCH = 100;

	private final MongoTemplate mongo;

	ReschedulesInFlight(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return false if the appointment is being rescheduled already
	 */
	boolean begin(InFlight reschedule) {
		try {
			this.mongo.insert(reschedule, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException alreadyUnderWay) {
			return false;
		}
	}

	void end(String oldId) {
		this.mongo.remove(new Query(Criteria.where("_id").is(oldId)), COLLECTION);
	}

	/** Reschedules begun before {@code cutoff} and never ended: their process stopped. */
	List<InFlight> begunBefore(Instant cutoff) {
		Query query = new Query(Criteria.where("since").lt(cutoff)).with(Sort.by("since")).limit(BATCH);
		return this.mongo.find(query, InFlight.class, COLLECTION);
	}

	/**
	 * One reschedule under way.
	 *
	 * @param id the appointment being moved
	 * @param newId the appointment that replaces it (claimed at scheduling under this id)
	 */
	record InFlight(String id, String newId, String doctorId, Instant newStart, Instant since) {
	}

}
