package org.careflow.notification.messages;

import java.util.Optional;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The calendar events of rescheduled appointments in this service's database
 * ({@value #COLLECTION}: {@code _id} = the appointment, its event's {@code uid} and
 * {@code sequence}), read and written by id only. Every write sets what it computed from
 * what the event names, never increments, so a redelivered event writes the same again.
 * <p>
 * A booked appointment starts its own event, whose id follows from the appointment's, so
 * a booking reads and writes nothing here (an appointment made by a reschedule is never
 * announced by {@code appointment.booked}): only a reschedule stores the event its new
 * appointment continues.
 * <p>
 * An appointment not listed (booked before this existed, or its event still on its way on
 * another partition) counts as the first of its own event: its emails still carry a valid
 * invite, and a chain that lost its start only makes the calendar show a second entry.
 */
public class StoredCalendarChain implements CalendarChain {

	static final String COLLECTION = "calendar_events";

	private static final String UID = "uid";

	private static final String SEQUENCE = "sequence";

	private final MongoTemplate mongo;

	public StoredCalendarChain(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public CalendarEventId rescheduled(String appointmentId, String replacesId) {
		CalendarEventId moved = find(replacesId).orElseGet(() -> CalendarEventId.firstOf(replacesId)).next();
		this.mongo.upsert(byId(appointmentId), new Update().set(UID, moved.uid()).set(SEQUENCE, moved.sequence()),
				COLLECTION);
		return moved;
	}

	@Override
	public CalendarEventId cancelled(String appointmentId) {
		return find(appointmentId).orElseGet(() -> CalendarEventId.firstOf(appointmentId)).next();
	}

	private Optional<CalendarEventId> find(String appointmentId) {
		return Optional.ofNullable(this.mongo.findById(appointmentId, Document.class, COLLECTION))
			.map(found -> new CalendarEventId(found.getString(UID), found.getInteger(SEQUENCE, 0)));
	}

	private static Query byId(String appointmentId) {
		return new Query(Criteria.where("_id").is(appointmentId));
	}

}
