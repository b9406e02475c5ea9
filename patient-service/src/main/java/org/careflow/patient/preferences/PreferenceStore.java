package org.careflow.patient.preferences;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.careflow.events.PatientNotificationPreferencesChanged;
import org.careflow.events.Topics;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.PatientNotFoundException;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * A patient's notification preferences, stored in their profile document (field
 * {@value #FIELD}) together with the event that announces the change: one single-document
 * write, so the choice and its event are never apart (outbox).
 */
@Repository
class PreferenceStore {

	static final String FIELD = "notificationPreferences";

	private final MongoTemplate mongo;

	private final Outbox outbox;

	PreferenceStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/**
	 * @throws PatientNotFoundException if the patient has no profile
	 */
	NotificationPreferences of(String patientId) {
		Query query = byId(patientId);
		query.fields().include(FIELD);
		Document found = this.mongo.findOne(query, Document.class, Patient.COLLECTION);
		if (found == null) {
			throw new PatientNotFoundException(patientId);
		}
		return Optional.ofNullable(found.get(FIELD, Document.class))
			.map((stored) -> new NotificationPreferences(stored.getBoolean("reminders", true),
					stored.getBoolean("visitSummaries", true), stored.getString("timeZone")))
			.orElse(NotificationPreferences.ALL_ON);
	}

	/**
	 * Stores the choice and the event announcing it.
	 * @throws PatientNotFoundException if the patient has no profile
	 */
	void change(String patientId, NotificationPreferences preferences) {
		PatientNotificationPreferencesChanged changed = PatientNotificationPreferencesChanged.of(patientId,
				preferences.reminders(), preferences.visitSummaries(), preferences.timeZone());
		Document stored = new Document("reminders", preferences.reminders()).append("visitSummaries",
				preferences.visitSummaries());
		if (preferences.timeZone() != null) {
			stored.append("timeZone", preferences.timeZone());
		}
		Update update = PendingEvents.append(new Update().set(FIELD, stored),
				List.of(PendingEvent.of(Topics.PATIENTS, changed)));
		if (this.mongo.updateFirst(byId(patientId), update, Patient.COLLECTION).getMatchedCount() == 0) {
			throw new PatientNotFoundException(patientId);
		}
		this.outbox.nudge();
	}

	private static Query byId(String patientId) {
		return new Query(Criteria.where("_id").is(patientId));
	}

}
