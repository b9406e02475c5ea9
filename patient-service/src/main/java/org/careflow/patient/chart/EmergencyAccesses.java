package org.careflow.patient.chart;

import java.time.Clock;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reasons given for breaking the glass ({@value #COLLECTION}): who, whose chart (or
 * {@value #DIRECTORY} for a search of the staff directory beyond the doctor's care, which
 * names no patient), when, why. The audit trail flags the access itself
 * ({@code EMERGENCY}); the reason is kept here, in the service that holds the chart,
 * because it may describe the patient.
 */
@Repository
public class EmergencyAccesses {

	static final String COLLECTION = "emergency_accesses";

	/** The area of a directory search. */
	public static final String DIRECTORY = "patient-directory";

	private final MongoTemplate mongo;

	private final Clock clock;

	EmergencyAccesses(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void record(String actorId, String patientId, ChartArea area, EmergencyReason reason) {
		insert(actorId, patientId, area.resourceType(), reason);
	}

	/** A doctor searching the staff directory beyond their care. */
	public void recordDirectorySearch(String actorId, EmergencyReason reason) {
		insert(actorId, null, DIRECTORY, reason);
	}

	private void insert(String actorId, String patientId, String area, EmergencyReason reason) {
		this.mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("at", this.clock.instant())
			.append("actorId", actorId)
			.append("patientId", patientId)
			.append("area", area)
			.append("reason", reason.text()), COLLECTION);
	}

}
