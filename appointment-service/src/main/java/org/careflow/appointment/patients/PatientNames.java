package org.careflow.appointment.patients;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Patients' names, this service's own copy from {@code patient.registered} and
 * {@code patient.updated}, forgotten on {@code patient.anonymised} ({@value #COLLECTION},
 * {@code _id} = patient id), so that a doctor's day shows who is coming without asking
 * patient-service on every look. Read by {@code _id} only.
 */
@Repository
public class PatientNames {

	static final String COLLECTION = "patient_names";

	private static final String NAMED_AT = "namedAt";

	private static final String FORGOTTEN_AT = "forgottenAt";

	private final MongoTemplate mongo;

	PatientNames(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The patient's name, unless a later one is held or the patient was anonymised: the
	 * latest {@code occurredAt} wins (names from before {@code namedAt} count as older).
	 * Idempotent: a replayed event changes nothing.
	 */
	void remember(String patientId, String firstName, String lastName, Instant occurredAt) {
		Query olderOrNone = new Query(Criteria.where("_id")
			.is(patientId)
			.and(FORGOTTEN_AT)
			.exists(false)
			.orOperator(Criteria.where(NAMED_AT).is(null), Criteria.where(NAMED_AT).lt(occurredAt)));
		Update name = new Update().set("firstName", firstName).set("lastName", lastName).set(NAMED_AT, occurredAt);
		if (this.mongo.updateFirst(olderOrNone, name, COLLECTION).getMatchedCount() == 0
				&& this.mongo.findById(patientId, Document.class, COLLECTION) == null) {
			// another replica inserting first fails this event with a duplicate key; its
			// retry finds the name
			this.mongo.insert(new Document("_id", patientId).append("firstName", firstName)
				.append("lastName", lastName)
				.append(NAMED_AT, occurredAt), COLLECTION);
		}
	}

	/**
	 * Forgets the name of an anonymised patient for good: the entry stays as a marker
	 * that no later or replayed event writes over, and the day view shows the id only.
	 */
	void forget(String patientId, Instant anonymisedAt) {
		this.mongo.upsert(new Query(Criteria.where("_id").is(patientId)),
				new Update().set(FORGOTTEN_AT, anonymisedAt).unset("firstName").unset("lastName").unset(NAMED_AT),
				COLLECTION);
	}

	/** "First Last" of each patient known; patients not known yet are left out. */
	public Map<String, String> of(Collection<String> patientIds) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		return this.mongo.find(new Query(Criteria.where("_id").in(patientIds)), Document.class, COLLECTION)
			.stream()
			.filter((named) -> named.getString("lastName") != null)
			.collect(Collectors.toMap((named) -> named.getString("_id"),
					(named) -> (named.getString("firstName") + " " + named.getString("lastName")).strip()));
	}

}
