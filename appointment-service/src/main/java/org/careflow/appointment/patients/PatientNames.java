package org.careflow.appointment.patients;

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
 * Patients' names, this service's own copy from {@code patient.registered}
 * ({@value #COLLECTION}, {@code _id} = patient id), so that a doctor's day shows who is
 * coming without asking patient-service on every look. Read by {@code _id} only.
 */
@Repository
public class PatientNames {

	static final String COLLECTION = "patient_names";

	private final MongoTemplate mongo;

	PatientNames(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Idempotent: a replayed event writes the same name again. */
	void remember(String patientId, String firstName, String lastName) {
		this.mongo.upsert(new Query(Criteria.where("_id").is(patientId)),
				new Update().set("firstName", firstName).set("lastName", lastName), COLLECTION);
	}

	/** "First Last" of each patient known; patients not known yet are left out. */
	public Map<String, String> of(Collection<String> patientIds) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		return this.mongo.find(new Query(Criteria.where("_id").in(patientIds)), Document.class, COLLECTION)
			.stream()
			.collect(Collectors.toMap((named) -> named.getString("_id"),
					(named) -> (named.getString("firstName") + " " + named.getString("lastName")).strip()));
	}

}
