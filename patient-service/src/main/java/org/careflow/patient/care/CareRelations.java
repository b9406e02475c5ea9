package org.careflow.patient.care;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Doctor–patient care relations ({@value #COLLECTION}): one document per pair that has or
 * had an appointment, {@code _id} = {@code doctorId/patientId}, kept from
 * {@code appointment.booked} and {@code appointment.rescheduled}. A relation is never
 * removed: a doctor who saw a patient once may open their chart again (a later visit, a
 * question about a result). A cancelled booking keeps it too — the doctor may have read
 * the chart to prepare.
 */
@Repository
public class CareRelations implements InitializingBean {

	static final String COLLECTION = "care_relations";

	private final MongoTemplate mongo;

	private final RememberedPairs stored = new RememberedPairs(RememberedPairs.DEFAULT_CAPACITY);

	CareRelations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		// "is this patient in the clinic's care at all" (nurses) looks by patient
		this.mongo.indexOps(COLLECTION).createIndex(new Index().on("patientId", Direction.ASC).named("by_patient"));
	}

	/**
	 * Idempotent: a replayed event leaves the first {@code since}. A pair this process
	 * stored before is not written again (one write less per booking on a busy day).
	 */
	void remember(String doctorId, String patientId, Instant since) {
		String id = idOf(doctorId, patientId);
		if (this.stored.contains(id)) {
			return;
		}
		this.mongo.upsert(new Query(Criteria.where("_id").is(id)),
				new Update().setOnInsert("doctorId", doctorId)
					.setOnInsert("patientId", patientId)
					.setOnInsert("since", since),
				COLLECTION);
		this.stored.add(id);
	}

	/** Whether the doctor has or had an appointment with the patient. */
	public boolean isInCareOf(String doctorId, String patientId) {
		return this.mongo.exists(new Query(Criteria.where("_id").is(idOf(doctorId, patientId))), COLLECTION);
	}

	/** Whether the patient has or had an appointment with any of the clinic's doctors. */
	public boolean isClinicPatient(String patientId) {
		return this.mongo.exists(new Query(Criteria.where("patientId").is(patientId)), COLLECTION);
	}

	/**
	 * Aggregation stages that keep, of a stream of patient documents ({@code _id} = the
	 * patient id), those in the doctor's care, for the staff directory. The database
	 * joins each patient with their relations through the {@code by_patient} index (one
	 * relation per doctor they saw): no list of the doctor's patients is loaded here.
	 */
	public List<AggregationOperation> keepPatientsInCareOf(String doctorId) {
		return List.of(
				Aggregation.stage(new Document("$lookup",
						new Document("from", COLLECTION).append("localField", "_id")
							.append("foreignField", "patientId")
							.append("as", "careRelations"))),
				Aggregation.stage(new Document("$match", new Document("careRelations.doctorId", doctorId))),
				Aggregation.stage(new Document("$project", new Document("careRelations", 0))));
	}

	private static String idOf(String doctorId, String patientId) {
		return doctorId + "/" + patientId;
	}

}
