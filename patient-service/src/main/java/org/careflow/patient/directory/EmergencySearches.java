package org.careflow.patient.directory;

import java.time.Clock;
import java.util.UUID;

import org.bson.Document;
import org.careflow.patient.chart.EmergencyReason;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * A doctor searching beyond their care ("breaking the glass"): who, when and why, kept
 * with the chart's emergency accesses ({@value #COLLECTION}, same fields; {@code area}
 * {@value #AREA}, no patient: a search names none) for the same review. The audit trail
 * flags the search itself ({@code EMERGENCY}).
 */
@Repository
class EmergencySearches {

	/** The chart's collection (its recorder is the chart's own, not public). */
	static final String COLLECTION = "emergency_accesses";

	static final String AREA = "patient-directory";

	private final MongoTemplate mongo;

	private final Clock clock;

	EmergencySearches(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void record(String actorId, EmergencyReason reason) {
		this.mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("at", this.clock.instant())
			.append("actorId", actorId)
			.append("patientId", null)
			.append("area", AREA)
			.append("reason", reason.text()), COLLECTION);
	}

}
