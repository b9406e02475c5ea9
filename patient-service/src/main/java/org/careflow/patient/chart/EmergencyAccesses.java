package org.careflow.patient.chart;

import java.time.Clock;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reasons given for breaking the glass ({@value #COLLECTION}): who, whose chart,
 * when, why. The audit trail flags the access itself ({@code EMERGENCY}); the reason is
 * kept here, in the service that holds the chart, because it may describe the patient.
 */
@Repository
class EmergencyAccesses {

	static final String COLLECTION = "emergency_accesses";

	private final MongoTemplate mongo;

	private final Clock clock;

	EmergencyAccesses(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void record(String actorId, String patientId, ChartArea area, EmergencyReason reason) {
		this.mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("at", this.clock.instant())
			.append("actorId", actorId)
			.append("patientId", patientId)
			.append("area", area.resourceType())
			.append("reason", reason.text()), COLLECTION);
	}

}
