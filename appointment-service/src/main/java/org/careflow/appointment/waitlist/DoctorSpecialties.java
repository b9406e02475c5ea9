package org.careflow.appointment.waitlist;

import java.util.Locale;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Each doctor's specialty, this service's own copy from {@code doctor.registered}
 * ({@value #COLLECTION}, {@code _id} = doctor id, lower case), so a slot freed by a
 * doctor reaches those waiting for any doctor of the specialty.
 */
@Repository
class DoctorSpecialties {

	static final String COLLECTION = "doctor_specialties";

	private final MongoTemplate mongo;

	DoctorSpecialties(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void remember(String doctorId, String specialty) {
		this.mongo.upsert(new Query(Criteria.where("_id").is(doctorId)),
				new Update().set("specialty", (specialty != null) ? specialty.strip().toLowerCase(Locale.ROOT) : null),
				COLLECTION);
	}

	/** The doctor's specialty, lower case; {@code null} while unknown. */
	String of(String doctorId) {
		Document doctor = this.mongo.findById(doctorId, Document.class, COLLECTION);
		return (doctor != null) ? doctor.getString("specialty") : null;
	}

}
