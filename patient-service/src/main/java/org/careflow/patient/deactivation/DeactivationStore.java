package org.careflow.patient.deactivation;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.careflow.events.PatientAnonymised;
import org.careflow.events.PatientDeactivated;
import org.careflow.events.Topics;
import org.careflow.patient.crypto.PatientSealing;
import org.careflow.patient.domain.Patient;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * A patient's deactivation as three fields of their profile document:
 * {@code deactivatedAt}, {@code retainUntil} and, once the personal fields are cleared,
 * {@code anonymisedAt}. Each change is one conditional single-document write, so two
 * replicas (or a retried request) never deactivate or anonymise twice, and the
 * {@code patient.deactivated} event is in the same write as the deactivation.
 */
@Repository
class DeactivationStore implements InitializingBean {

	static final String DEACTIVATED_AT = "deactivatedAt";

	static final String RETAIN_UNTIL = "retainUntil";

	static final String ANONYMISED_AT = "anonymisedAt";

	/**
	 * Everything in a profile that names or describes the person, with the blind index
	 * terms that would still find it by email, name or birth date (and free the email for
	 * a new registration); the id, the dates of registration and deactivation, and the
	 * notification choices stay.
	 */
	static final List<String> PERSONAL_FIELDS = List.of("email", "firstName", "lastName", "firstNameKey", "lastNameKey",
			"birthDate", "phone", "gender", "address", "preferredLanguage", "emergencyContacts", "attendingDoctorId",
			"departmentId", PatientSealing.EMAIL_TERM, PatientSealing.NAME_TERMS, PatientSealing.BIRTH_DATE_TERM);

	private final MongoTemplate mongo;

	private final Outbox outbox;

	DeactivationStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@Override
	public void afterPropertiesSet() {
		// the daily job looks up the profiles whose retention has ended
		this.mongo.indexOps(Patient.COLLECTION).createIndex(new Index().on(RETAIN_UNTIL, Sort.Direction.ASC));
	}

	/** The patient's state, or empty if there is no such patient. */
	Optional<PatientState> find(String id) {
		Query query = new Query(Criteria.where("_id").is(id));
		query.fields().include(DEACTIVATED_AT, RETAIN_UNTIL, ANONYMISED_AT);
		Document found = this.mongo.findOne(query, Document.class, Patient.COLLECTION);
		if (found == null) {
			return Optional.empty();
		}
		return Optional.of(new PatientState(id, instant(found, DEACTIVATED_AT), instant(found, RETAIN_UNTIL),
				instant(found, ANONYMISED_AT)));
	}

	/**
	 * Marks the patient deactivated with {@code patient.deactivated} waiting for the
	 * relay, unless they were already.
	 * @return whether this call deactivated them
	 */
	boolean markDeactivated(String id, Instant now, Instant retainUntil) {
		Query active = new Query(Criteria.where("_id").is(id).and(DEACTIVATED_AT).exists(false));
		Update update = PendingEvents.append(
				new Update().set(DEACTIVATED_AT, Date.from(now)).set(RETAIN_UNTIL, Date.from(retainUntil)),
				List.of(PendingEvent.of(Topics.PATIENTS, PatientDeactivated.of(id))));
		boolean changed = this.mongo.updateFirst(active, update, Patient.COLLECTION).getModifiedCount() == 1;
		if (changed) {
			this.outbox.nudge();
		}
		return changed;
	}

	/** Up to {@code limit} ids of profiles kept long enough and not yet anonymised. */
	List<String> dueForAnonymisation(Instant now, int limit) {
		Query due = new Query(Criteria.where(RETAIN_UNTIL).lte(Date.from(now)).and(ANONYMISED_AT).exists(false))
			.with(Sort.by(RETAIN_UNTIL))
			.limit(limit);
		due.fields().include("_id");
		return this.mongo.find(due, Document.class, Patient.COLLECTION)
			.stream()
			.map((found) -> found.getString("_id"))
			.toList();
	}

	/**
	 * Clears the personal fields of a profile whose retention has ended, with
	 * {@code patient.anonymised} in the same write (the other services' copies of the
	 * name and address go too).
	 * @return whether this call anonymised it
	 */
	boolean anonymise(String id, Instant now) {
		Query due = new Query(
				Criteria.where("_id").is(id).and(RETAIN_UNTIL).lte(Date.from(now)).and(ANONYMISED_AT).exists(false));
		Update update = PendingEvents.append(new Update().set(ANONYMISED_AT, Date.from(now)),
				List.of(PendingEvent.of(Topics.PATIENTS, PatientAnonymised.of(id))));
		PERSONAL_FIELDS.forEach(update::unset);
		boolean changed = this.mongo.updateFirst(due, update, Patient.COLLECTION).getModifiedCount() == 1;
		if (changed) {
			this.outbox.nudge();
		}
		return changed;
	}

	private static Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
