package org.careflow.patient.domain;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.careflow.events.PatientUpdated;
import org.careflow.events.Topics;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Changes of a profile, each one conditional on the version it was read at (optimistic
 * locking). Only the profile's own fields are written ({@code $set}): the pending events
 * and notification preferences in the same document are left alone. A document from
 * before versions existed counts as version 0. The personal fields are sealed before they
 * are written ({@link ProfileSealing}); {@link #find} opens them (package
 * {@code crypto}).
 */
@Repository
public class PatientProfiles {

	/**
	 * What a change of the profile writes: the email too, unchanged, so that a profile
	 * stored before encryption is sealed whole by its first change.
	 */
	private static final List<String> PROFILE_FIELDS = List.of("email", "firstName", "lastName", "birthDate", "phone",
			"gender", "address", "preferredLanguage", "emergencyContacts", "attendingDoctorId", "departmentId");

	private final MongoTemplate mongo;

	private final ProfileSealing sealing;

	private final Outbox outbox;

	PatientProfiles(MongoTemplate mongo, ProfileSealing sealing, Outbox outbox) {
		this.mongo = mongo;
		this.sealing = sealing;
		this.outbox = outbox;
	}

	public Optional<Patient> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Patient.class));
	}

	/**
	 * Stores the changed profile if it is still at {@code expectedVersion}, with
	 * {@code patient.updated} in the same write when its name or address changed from
	 * {@code current} (the profile as read; a write at another version than the one read
	 * fails as stale, so the comparison is with what is replaced).
	 * @return the profile at its new version
	 * @throws StaleProfileException if it changed since (with its current version)
	 * @throws PatientNotFoundException if there is no such patient
	 * @throws DuplicateKeyException if the new address is another patient's
	 */
	public Patient save(Patient current, Patient changed, long expectedVersion) {
		Criteria version = Criteria.where("version").is(expectedVersion);
		if (expectedVersion == 0) {
			version = new Criteria().orOperator(version, Criteria.where("version").exists(false));
		}
		Query query = new Query(Criteria.where("_id").is(changed.id()).andOperator(version));
		Update update = new Update();
		sealedFieldsOf(changed).forEach(update::set);
		this.sealing.retiredFields().forEach(update::unset);
		update.set("version", expectedVersion + 1);
		Optional<PatientUpdated> announced = changed.updatedSince(current);
		announced.ifPresent((event) -> PendingEvents.append(update, List.of(PendingEvent.of(Topics.PATIENTS, event))));
		if (this.mongo.updateFirst(query, update, Patient.COLLECTION).getMatchedCount() == 0) {
			Patient stored = find(changed.id()).orElseThrow(() -> new PatientNotFoundException(changed.id()));
			throw new StaleProfileException(changed.id(), stored.version());
		}
		if (announced.isPresent()) {
			this.outbox.nudge();
		}
		return find(changed.id()).orElseThrow(() -> new PatientNotFoundException(changed.id()));
	}

	/**
	 * The profile's fields as the store holds them (mapped as an insert maps them), the
	 * personal ones sealed; an absent value is written as null.
	 */
	private Document sealedFieldsOf(Patient changed) {
		Document mapped = new Document();
		this.mongo.getConverter().write(changed, mapped);
		Document fields = new Document();
		PROFILE_FIELDS.forEach((field) -> fields.put(field, mapped.get(field)));
		this.sealing.seal(changed.id(), fields);
		return fields;
	}

}
