package org.careflow.appointment.booking;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import org.careflow.appointment.domain.Appointment;
import org.careflow.appointment.domain.AppointmentStatus;
import org.careflow.appointment.domain.BookedSlot;
import org.careflow.appointment.domain.UpcomingAppointment;
import org.careflow.events.Topics;
import org.careflow.platform.outbox.Outbox;
import org.careflow.platform.outbox.PendingEvent;
import org.careflow.platform.outbox.PendingEvents;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Appointments in MongoDB. Every change and the events it raised go in one
 * single-document write, so no change is stored without its event and no event leaves
 * without its change.
 * <p>
 * Beside them, one document per patient lists their booked appointments still to come
 * ({@value #UPCOMING}): the limit on upcoming appointments is checked on every booking,
 * and counting the patient's appointments instead read the whole collection on the local
 * stack's MongoDB-protocol server (it runs counts as aggregations, which use no index),
 * so a booking grew slower with every appointment ever stored.
 */
@Repository
class AppointmentStore implements InitializingBean {

	static final String UPCOMING = "patient_upcoming";

	private static final String ENTRIES = "appointments";

	private static final String ENTRY_ID = "id";

	private static final String ENTRY_START = "start";

	private static final String ENTRY_END = "end";

	private final MongoTemplate mongo;

	private final Outbox outbox;

	AppointmentStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@Override
	public void afterPropertiesSet() {
		var indexes = this.mongo.indexOps(AppointmentDocument.class);
		indexes.createIndex(new Index().on("slotKey", Direction.ASC).unique().sparse().named("active_slot"));
		indexes.createIndex(new Index().on("patientId", Direction.ASC).on("start", Direction.ASC));
		indexes.createIndex(new Index().on("doctorId", Direction.ASC).on("start", Direction.ASC));
		// unique although _id alone is: the local stack's MongoDB-protocol server uses
		// only
		// unique indexes, and only when a query names all their fields, so without it
		// every
		// update's {_id, version} match scanned the whole collection (2 s at 100,000)
		indexes.createIndex(
				new Index().on("_id", Direction.ASC).on("version", Direction.ASC).unique().named("id_version"));
	}

	/**
	 * Stores a new appointment with its booking event (the platform marks it for the
	 * relay and nudges the relay).
	 * @throws org.springframework.dao.DuplicateKeyException if another active appointment
	 * holds the slot
	 */
	void insert(Appointment appointment) {
		this.mongo.insert(AppointmentDocument.from(appointment, pendingEventsOf(appointment)));
		BookedSlot slot = appointment.slot();
		Update listed = new Update().push(ENTRIES,
				new Document(ENTRY_ID, appointment.id()).append(ENTRY_START, Date.from(slot.start()))
					.append(ENTRY_END, Date.from(slot.end())));
		this.mongo.upsert(byId(appointment.patientId()), listed, UPCOMING);
	}

	/**
	 * Writes the new state and appends its events, if nobody changed the appointment
	 * since it was read. Appending (instead of rewriting the list) leaves events the
	 * relay is publishing at this moment alone; the relay is nudged once it is stored.
	 * @throws OptimisticLockingFailureException if the appointment changed meanwhile
	 */
	void update(Appointment appointment) {
		AppointmentDocument next = AppointmentDocument.from(appointment, List.of());
		Query sameVersion = new Query(Criteria.where("_id").is(next.id()).and("version").is(next.version()));
		Update update = new Update().set("status", next.status())
			.set("cancellationReason", next.cancellationReason())
			.set("visit", next.visit())
			.set("history", next.history())
			.set("replacedBy", next.replacedBy())
			.inc("version", 1);
		PendingEvents.append(update, pendingEventsOf(appointment));
		if (next.slotKey() == null) {
			update.unset("slotKey");
		}
		else {
			update.set("slotKey", next.slotKey());
		}
		if (this.mongo.updateFirst(sameVersion, update, AppointmentDocument.class).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException("Appointment " + next.id() + " changed meanwhile");
		}
		this.outbox.nudge();
		if (appointment.status() != AppointmentStatus.BOOKED) {
			Update unlisted = new Update().pull(ENTRIES, new Document(ENTRY_ID, appointment.id()));
			this.mongo.updateFirst(byId(appointment.patientId()), unlisted, UPCOMING);
		}
	}

	Optional<Appointment> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, AppointmentDocument.class))
			.map(AppointmentDocument::toAppointment);
	}

	List<Appointment> ofPatient(String patientId, long offset, int limit) {
		return list(Criteria.where("patientId").is(patientId), offset, limit);
	}

	List<Appointment> ofDoctor(String doctorId, long offset, int limit) {
		return list(Criteria.where("doctorId").is(doctorId), offset, limit);
	}

	/**
	 * A doctor's appointments starting in {@code [from, to)}, by start, at most
	 * {@code limit}.
	 */
	List<Appointment> ofDoctorBetween(String doctorId, Instant from, Instant to, int limit) {
		return list(Criteria.where("doctorId").is(doctorId).and("start").gte(from).lt(to), 0, limit);
	}

	/**
	 * The active appointment holding the slot (not an overbooked one), found through the
	 * unique {@code slotKey}.
	 */
	Optional<Appointment> activeInSlot(String doctorId, Instant start) {
		return Optional
			.ofNullable(this.mongo.findOne(new Query(Criteria.where("slotKey").is(doctorId + "|" + start)),
					AppointmentDocument.class))
			.map(AppointmentDocument::toAppointment);
	}

	/** A patient's appointments, newest first (a page of them). */
	List<Appointment> historyOfPatient(String patientId, long offset, int limit) {
		Query query = new Query(Criteria.where("patientId").is(patientId))
			.with(Sort.by(Sort.Order.desc("start"), Sort.Order.desc("_id")))
			.skip(offset)
			.limit(limit);
		return this.mongo.find(query, AppointmentDocument.class)
			.stream()
			.map(AppointmentDocument::toAppointment)
			.toList();
	}

	/**
	 * The ids of up to {@code limit} of the patient's appointments still booked that
	 * start after {@code now}, soonest first (the patient-and-start index).
	 */
	List<String> bookedAheadOf(String patientId, Instant now, int limit) {
		Query query = new Query(Criteria.where("patientId")
			.is(patientId)
			.and("start")
			.gt(now)
			.and("status")
			.is(AppointmentStatus.BOOKED.name())).with(Sort.by("start", "_id")).limit(limit);
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, this.mongo.getCollectionName(AppointmentDocument.class))
			.stream()
			.map((stored) -> stored.getString("_id"))
			.toList();
	}

	/** Whether the doctor has (or had) an appointment with the patient: their doctor. */
	boolean isDoctorOf(String doctorId, String patientId) {
		return this.mongo.exists(new Query(Criteria.where("patientId").is(patientId).and("doctorId").is(doctorId)),
				AppointmentDocument.class);
	}

	/**
	 * The patient's booked appointments that start after {@code now}, from their list;
	 * entries whose start has passed are dropped from it on the way. A patient without a
	 * list (never booked, or booked before the list existed) gets one from their stored
	 * appointments, once; an entry listed before ends were kept gets its end from its
	 * appointment (at most the limit on upcoming appointments of them, read by id).
	 * Called under the patient's booking lease, so no booking of theirs changes the list
	 * meanwhile.
	 */
	List<UpcomingAppointment> upcoming(String patientId, Instant now) {
		Document listed = this.mongo.findById(patientId, Document.class, UPCOMING);
		if (listed == null) {
			return listFromStoredAppointments(patientId, now);
		}
		List<Document> entries = listed.getList(ENTRIES, Document.class, List.of());
		List<UpcomingAppointment> upcoming = entries.stream()
			.filter((entry) -> entry.getDate(ENTRY_START).toInstant().isAfter(now))
			.map(this::toUpcoming)
			.toList();
		if (upcoming.size() < entries.size()) {
			Update dropPast = new Update().pull(ENTRIES,
					new Document(ENTRY_START, new Document("$lte", Date.from(now))));
			this.mongo.updateFirst(byId(patientId), dropPast, UPCOMING);
		}
		return upcoming;
	}

	private UpcomingAppointment toUpcoming(Document entry) {
		Instant start = entry.getDate(ENTRY_START).toInstant();
		Date end = entry.getDate(ENTRY_END);
		if (end != null) {
			return new UpcomingAppointment(entry.getString(ENTRY_ID), start, end.toInstant());
		}
		Instant storedEnd = find(entry.getString(ENTRY_ID)).map(Appointment::end).orElse(start);
		return new UpcomingAppointment(entry.getString(ENTRY_ID), start, storedEnd);
	}

	private List<UpcomingAppointment> listFromStoredAppointments(String patientId, Instant now) {
		Query upcoming = new Query(Criteria.where("patientId")
			.is(patientId)
			.and("start")
			.gt(now)
			.and("status")
			.is(AppointmentStatus.BOOKED.name()));
		upcoming.fields().include("_id", "start", "end");
		List<Document> entries = this.mongo
			.find(upcoming, Document.class, this.mongo.getCollectionName(AppointmentDocument.class))
			.stream()
			.map((stored) -> new Document(ENTRY_ID, stored.getString("_id"))
				.append(ENTRY_START, stored.getDate("start"))
				.append(ENTRY_END, stored.getDate("end")))
			.toList();
		this.mongo.upsert(byId(patientId), new Update().set(ENTRIES, entries), UPCOMING);
		return entries.stream().map(this::toUpcoming).toList();
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

	private List<Appointment> list(Criteria criteria, long offset, int limit) {
		// the id breaks ties (a cancelled and a new appointment may share a start), so
		// pages neither repeat nor skip an appointment
		Query query = new Query(criteria).with(Sort.by("start", "_id")).skip(offset).limit(limit);
		return this.mongo.find(query, AppointmentDocument.class)
			.stream()
			.map(AppointmentDocument::toAppointment)
			.toList();
	}

	private static List<PendingEvent> pendingEventsOf(Appointment appointment) {
		return appointment.raisedEvents().stream().map(event -> PendingEvent.of(Topics.APPOINTMENTS, event)).toList();
	}

}
