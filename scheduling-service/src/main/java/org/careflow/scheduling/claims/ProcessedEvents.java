package org.careflow.scheduling.claims;

import java.time.Instant;

import org.careflow.events.AppointmentCancelled;
import org.careflow.events.CareFlowEvent;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Appointment events already applied. Delivery is at least once, so a late duplicate of
 * {@code appointment.booked} could otherwise block the slot of an appointment that was
 * cancelled since.
 */
@Repository
class ProcessedEvents implements InitializingBean {

	private final MongoTemplate mongo;

	ProcessedEvents(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(Processed.class)
			.createIndex(new Index().on("appointmentId", Direction.ASC).on("type", Direction.ASC));
	}

	boolean seen(CareFlowEvent event) {
		return this.mongo.exists(new Query(Criteria.where("_id").is(event.eventId().toString())), Processed.class);
	}

	boolean cancelled(String appointmentId) {
		return this.mongo.exists(
				new Query(Criteria.where("appointmentId").is(appointmentId).and("type").is(AppointmentCancelled.TYPE)),
				Processed.class);
	}

	/**
	 * Recorded after the change was applied; re-applying is harmless, skipping is not.
	 */
	void record(CareFlowEvent event, Instant now) {
		this.mongo.save(new Processed(event.eventId().toString(), event.type(), event.aggregateId(), now));
	}

	@Document("processed_events")
	record Processed(@Id String eventId, String type, String appointmentId, Instant processedAt) {
	}

}
