package org.careflow.patient.domain;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Changes of a profile, each one conditional on the version it was read at (optimistic
 * locking). Only the profile's own fields are written ({@code $set}): the pending events
 * and notification preferences in the same document are left alone. A document from
 * before versions existed counts as version 0.
 */
@Repository
public class PatientProfiles {

	private final MongoTemplate mongo;

	PatientProfiles(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<Patient> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Patient.class));
	}

	/**
	 * Stores the changed profile if it is still at {@code expectedVersion}.
	 * @return the profile at its new version
	 * @throws StaleProfileException if it changed since (with its current version)
	 * @throws PatientNotFoundException if there is no such patient
	 */
	public Patient save(Patient changed, long expectedVersion) {
		Criteria version = Criteria.where("version").is(expectedVersion);
		if (expectedVersion == 0) {
			version = new Criteria().orOperator(version, Criteria.where("version").exists(false));
		}
		Query query = new Query(Criteria.where("_id").is(changed.id()).andOperator(version));
		Update update = new Update().set("firstName", changed.firstName())
			.set("lastName", changed.lastName())
			// from the names, always: a profile read before its keys were filled has none
			.set("firstNameKey", NameKey.of(changed.firstName()))
			.set("lastNameKey", NameKey.of(changed.lastName()))
			.set("birthDate", changed.birthDate())
			.set("phone", changed.phone())
			.set("gender", changed.gender())
			.set("address", changed.address())
			.set("preferredLanguage", changed.preferredLanguage())
			.set("emergencyContacts", changed.emergencyContacts())
			.set("attendingDoctorId", changed.attendingDoctorId())
			.set("departmentId", changed.departmentId())
			.set("version", expectedVersion + 1);
		if (this.mongo.updateFirst(query, update, Patient.class).getMatchedCount() == 0) {
			Patient current = find(changed.id()).orElseThrow(() -> new PatientNotFoundException(changed.id()));
			throw new StaleProfileException(changed.id(), current.version());
		}
		return find(changed.id()).orElseThrow(() -> new PatientNotFoundException(changed.id()));
	}

}
