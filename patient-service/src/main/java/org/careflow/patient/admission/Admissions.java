package org.careflow.patient.admission;

import java.util.List;
import java.util.Optional;

import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;
import org.careflow.platform.web.PageParams;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Every admission ({@value #COLLECTION}), current and past; each change is stored with
 * its event in one write (the platform's outbox publishes it).
 */
@Repository
public class Admissions implements InitializingBean {

	/** Holds pending events: one of the outbox's collections. */
	public static final String COLLECTION = "admissions";

	private static final String CURRENT_KEY = "currentKey";

	private final MongoTemplate mongo;

	private final Outbox outbox;

	Admissions(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@Override
	public void afterPropertiesSet() {
		var indexes = this.mongo.indexOps(COLLECTION);
		indexes.createIndex(new Index().on(CURRENT_KEY, Direction.ASC).unique().named("one_current_admission"));
		indexes.createIndex(
				new Index().on("patientId", Direction.ASC).on("admittedAt", Direction.DESC).named("by_patient"));
	}

	/**
	 * Stores a new, current admission with its event.
	 * @throws org.springframework.dao.DuplicateKeyException if the patient has a current
	 * admission already
	 */
	void insert(Admission admission, PendingEvent admitted) {
		this.mongo.insert(AdmissionDocument.of(admission, List.of(admitted)), COLLECTION);
	}

	Optional<Admission> current(String patientId) {
		return Optional
			.ofNullable(this.mongo.findOne(new Query(Criteria.where(CURRENT_KEY).is(patientId)),
					AdmissionDocument.class, COLLECTION))
			.map(AdmissionDocument::toAdmission);
	}

	/**
	 * Stores the end of an admission with its event, if it was still current.
	 * @return false if it had ended meanwhile (a discharge racing another)
	 */
	boolean discharge(Admission ended, PendingEvent discharged) {
		Update update = new Update().set("dischargedAt", ended.dischargedAt())
			.set("dischargedBy", ended.dischargedBy())
			.set(CURRENT_KEY, AdmissionDocument.currentKeyOf(ended));
		PendingEvents.append(update, List.of(discharged));
		Query stillCurrent = new Query(Criteria.where("_id").is(ended.id()).and(CURRENT_KEY).is(ended.patientId()));
		if (this.mongo.updateFirst(stillCurrent, update, COLLECTION).getMatchedCount() == 0) {
			return false;
		}
		this.outbox.nudge();
		return true;
	}

	Optional<Admission> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, AdmissionDocument.class, COLLECTION))
			.map(AdmissionDocument::toAdmission);
	}

	/**
	 * One page of the patient's admissions, newest first, for the platform's
	 * {@code Pages}.
	 */
	List<Admission> page(String patientId, PageParams paging) {
		Query query = new Query(Criteria.where("patientId").is(patientId)).with(Sort.by(Direction.DESC, "admittedAt"))
			.skip(paging.offset())
			.limit(paging.fetchSize());
		return this.mongo.find(query, AdmissionDocument.class, COLLECTION)
			.stream()
			.map(AdmissionDocument::toAdmission)
			.toList();
	}

}
