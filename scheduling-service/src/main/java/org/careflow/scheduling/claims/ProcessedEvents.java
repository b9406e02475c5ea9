package org.careflow.scheduling.claims;

import java.time.Instant;

import org.careflow.events.AppointmentCancelled;
import org.careflow.events.CareFlowEvent;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/**
 * Events already applied (appointment and doctor events), and appointments whose slot was
 * released at once (counted as cancelled). Delivery is at least once, so a late duplicate
 * of {@code appointment.booked} could otherwise block the slot of an appointment that was
 * cancelled since.
 */
@Repository
public class ProcessedEvents {

	/** Event ids are UUIDs, so no event id starts with this. */
	private static final String RELEASED_PREFIX = "released:";

	private final MongoTemplate mongo;

	ProcessedEvents(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public boolean seen(CareFlowEvent event) {
		return hasEntry(event.eventId().toString());
	}

	/**
	 * Whether the appointment was cancelled, by its synchronous release or its event
	 * (both leave the entry {@link #recordCancelled} writes). A lookup by {@code _id}: it
	 * runs for every booking event, and must not read every event ever processed.
	 */
	boolean cancelled(String appointmentId) {
		return hasEntry(RELEASED_PREFIX + appointmentId);
	}

	/**
	 * A find by {@code _id}, not {@code MongoTemplate.exists}: that one counts
	 * ({@code countDocuments}, an aggregation), which the local stack's MongoDB-protocol
	 * server answers by reading and copying every document of the collection. Under
	 * bookings this made each event slower than the last (docs/performance.md, section
	 * 8).
	 */
	private boolean hasEntry(String id) {
		return this.mongo.findById(id, Processed.class) != null;
	}

	/**
	 * Recorded after the change was applied; re-applying is harmless, skipping is not.
	 */
	public void record(CareFlowEvent event, Instant now) {
		this.mongo.save(new Processed(event.eventId().toString(), event.type(), event.aggregateId(), now));
	}

	/**
	 * Marks the appointment cancelled before its {@code appointment.cancelled} arrives:
	 * the appointment service released its slot at once, and from then on a late
	 * {@code appointment.booked} must find it cancelled, as if the event had been
	 * applied. One entry per appointment (its id is derived from the appointment's, which
	 * no event id can equal), so repeating the release repeats nothing; the event itself
	 * is still applied and recorded when it comes.
	 */
	void recordCancelled(String appointmentId, Instant now) {
		this.mongo.save(new Processed(RELEASED_PREFIX + appointmentId, AppointmentCancelled.TYPE, appointmentId, now));
	}

	@Document("processed_events")
	record Processed(@Id String eventId, String type, String appointmentId, Instant processedAt) {
	}

}
