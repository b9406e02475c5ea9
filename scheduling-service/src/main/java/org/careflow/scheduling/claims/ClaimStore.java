package org.careflow.scheduling.claims;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.careflow.scheduling.availability.Bookings;
import org.careflow.scheduling.availability.Slot;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Claims and holds in MongoDB; every write is a single atomic document operation. Every
 * query that runs per request names the document's {@code _id} or a unique index exactly
 * (the local stack's MongoDB-protocol server uses only those, and only for queries naming
 * exactly their fields).
 */
@Repository
class ClaimStore implements InitializingBean, Bookings {

	static final String HOLD_ID = "holdId";

	static final String SEAT = "seat";

	/** Keys per query of {@link #live}: a 31-day window of 5-minute slots takes nine. */
	private static final int KEYS_PER_QUERY = 1000;

	private final MongoTemplate mongo;

	ClaimStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(ClaimDocument.class)
			.createIndex(new Index().on("doctorId", Direction.ASC).on("start", Direction.ASC));
		this.mongo.indexOps(ClaimDocument.class)
			.createIndex(new Index().on("_id", Direction.ASC)
				.on("appointmentId", Direction.ASC)
				.unique()
				.named("id_appointment"));
		this.mongo.indexOps(ClaimDocument.class)
			.createIndex(new Index().on("_id", Direction.ASC).on(HOLD_ID, Direction.ASC).unique().named("id_hold"));
		this.mongo.indexOps(ClaimDocument.class)
			.createIndex(new Index().on(HOLD_ID, Direction.ASC).unique().sparse().named(HOLD_ID));
		this.mongo.indexOps(ClaimDocument.class)
			.createIndex(new Index().on(SEAT, Direction.ASC).unique().sparse().named(SEAT));
		this.mongo.indexOps(ClaimDocument.class)
			.createIndex(new Index().on(ClaimDocument.TENTATIVE, Direction.ASC).unique().sparse().named("tentative"));
		markTentativeClaimsStoredWithoutMarker();
	}

	/** Holds stored before the marker existed: once, at start, so the sweep sees them. */
	private void markTentativeClaimsStoredWithoutMarker() {
		Query unmarked = new Query(Criteria.where("status")
			.is(ClaimStatus.BUSY_TENTATIVE.name())
			.and(ClaimDocument.TENTATIVE)
			.exists(false));
		unmarked.fields().include("_id");
		for (ClaimDocument claim : this.mongo.find(unmarked, ClaimDocument.class)) {
			this.mongo.updateFirst(byId(claim.key()),
					new Update().set(ClaimDocument.TENTATIVE, ClaimDocument.newMarker()), ClaimDocument.class);
		}
	}

	/**
	 * Inserts, never upserts.
	 * @throws org.springframework.dao.DuplicateKeyException if the slot is claimed
	 */
	void insert(SlotClaim claim) {
		this.mongo.insert(ClaimDocument.from(claim));
	}

	/**
	 * Inserts a hold taking one of the patient's seats.
	 * @throws org.springframework.dao.DuplicateKeyException if the slot is claimed or
	 * held, or the seat is taken
	 */
	void insertHold(SlotClaim hold, String seat) {
		this.mongo.insert(ClaimDocument.from(hold, seat));
	}

	Optional<SlotClaim> find(String key) {
		return Optional.ofNullable(this.mongo.findById(key, ClaimDocument.class)).map(ClaimDocument::toClaim);
	}

	Optional<SlotClaim> findHold(String holdId) {
		return findOne(Criteria.where(HOLD_ID).is(holdId));
	}

	Optional<SlotClaim> findSeat(String seat) {
		return findOne(Criteria.where(SEAT).is(seat));
	}

	private Optional<SlotClaim> findOne(Criteria criteria) {
		return Optional.ofNullable(this.mongo.findOne(new Query(criteria), ClaimDocument.class))
			.map(ClaimDocument::toClaim);
	}

	/**
	 * The claims and the unexpired holds of these slots: looked up by {@code _id}, a
	 * thousand keys per query.
	 */
	List<SlotClaim> live(Collection<String> keys, Instant now) {
		List<String> all = List.copyOf(keys);
		List<SlotClaim> live = new ArrayList<>();
		for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
			Query query = new Query(
					Criteria.where("_id").in(all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY))));
			query.fields()
				.include("_id", "doctorId", "start", "end", "claimedAt", "expiresAt", "appointmentId", HOLD_ID);
			for (ClaimDocument document : this.mongo.find(query, ClaimDocument.class)) {
				SlotClaim claim = document.toClaim();
				if (!claim.expired(now)) {
					live.add(claim);
				}
			}
		}
		return live;
	}

	/**
	 * A doctor's appointments after {@code now}: their claims' keys start with the
	 * doctor's id, a prefix of {@code _id} (an index range, on MongoDB and on the local
	 * server alike). Runs on a schedule change, not per booking.
	 */
	@Override
	public List<BookedVisit> upcoming(String doctorId, Instant now) {
		Query query = new Query(Criteria.where("_id").regex("^" + doctorId + "\\|"));
		query.fields().include("_id", "start", "end", "appointmentId");
		return this.mongo.find(query, ClaimDocument.class)
			.stream()
			.filter(claim -> claim.appointmentId() != null && claim.start() != null && claim.start().isAfter(now))
			.map(claim -> new BookedVisit(claim.appointmentId(), claim.start(), claim.end()))
			.sorted(Comparator.comparing(BookedVisit::start))
			.toList();
	}

	/**
	 * The doctor's live claims and holds from a day before {@code now}: one range of
	 * {@code _id}, as {@link #upcoming}. Runs on a schedule change that may open slots.
	 */
	@Override
	public List<Slot> taken(String doctorId, Instant now) {
		Query query = new Query(Criteria.where("_id").regex("^" + doctorId + "\\|"));
		query.fields().include("_id", "doctorId", "start", "end", "claimedAt", "expiresAt", "appointmentId", HOLD_ID);
		Instant since = now.minus(SlotClaim.MAX_PAST);
		return this.mongo.find(query, ClaimDocument.class)
			.stream()
			.map(ClaimDocument::toClaim)
			.filter(claim -> claim.start() != null && claim.start().isAfter(since) && !claim.expired(now))
			.map(SlotClaim::slot)
			.toList();
	}

	/**
	 * Marks the slot busy for the booked appointment, creating the claim again if its
	 * tentative hold had expired. A booked appointment wins over any tentative claim or
	 * hold.
	 */
	void confirm(Booked booked, Instant now) {
		String key = Slot.keyOf(booked.doctorId(), booked.start());
		Update update = new Update().set("doctorId", booked.doctorId())
			.set("start", booked.start())
			.set("end", booked.end())
			.set("timeZone", booked.timeZone())
			.set("appointmentId", booked.appointmentId())
			.set("status", ClaimStatus.BUSY.name())
			.set("claimedBy", booked.patientId())
			.setOnInsert("claimedAt", now)
			.unset(ClaimDocument.TENTATIVE)
			.unset(HOLD_ID)
			.unset(SEAT)
			.unset("expiresAt");
		this.mongo.upsert(byId(key), update, ClaimDocument.class);
	}

	/**
	 * Turns the hold into the appointment's tentative claim, if the slot still holds it:
	 * one conditional update on the hold id. The patient's seat is given back.
	 */
	boolean convertHold(String key, String holdId, String appointmentId, Instant now) {
		Query held = new Query(Criteria.where("_id").is(key).and(HOLD_ID).is(holdId));
		Update update = new Update().set("appointmentId", appointmentId)
			.set("claimedAt", now)
			.set(ClaimDocument.TENTATIVE, ClaimDocument.newMarker())
			.unset(HOLD_ID)
			.unset(SEAT)
			.unset("expiresAt");
		return this.mongo.updateFirst(held, update, ClaimDocument.class).getMatchedCount() == 1;
	}

	/** Frees the slot if, and only if, this hold is still on it. */
	boolean deleteHold(String key, String holdId) {
		Query query = new Query(Criteria.where("_id").is(key).and(HOLD_ID).is(holdId));
		return this.mongo.remove(query, ClaimDocument.class).getDeletedCount() > 0;
	}

	/** Frees the slot if, and only if, this appointment holds it. */
	boolean release(String key, String appointmentId) {
		Query query = new Query(Criteria.where("_id").is(key).and("appointmentId").is(appointmentId));
		return this.mongo.remove(query, ClaimDocument.class).getDeletedCount() > 0;
	}

	/**
	 * Deletes the tentative claims made before the cutoff and the holds expired by
	 * {@code now}. Each is removed by its marker, so a claim confirmed by its booking (or
	 * a hold turned into a claim) in the meantime stays.
	 */
	long deleteExpired(Instant cutoff, Instant now) {
		Query waiting = new Query(Criteria.where(ClaimDocument.TENTATIVE).regex("^"));
		waiting.fields().include(ClaimDocument.TENTATIVE, "claimedAt", "expiresAt", HOLD_ID);
		long deleted = 0;
		for (ClaimDocument waits : this.mongo.find(waiting, ClaimDocument.class)) {
			boolean expired = (waits.holdId() != null) ? waits.toClaim().expired(now)
					: waits.claimedAt() != null && waits.claimedAt().isBefore(cutoff);
			if (expired) {
				Query same = new Query(Criteria.where(ClaimDocument.TENTATIVE).is(waits.tentative()));
				deleted += this.mongo.remove(same, ClaimDocument.class).getDeletedCount();
			}
		}
		return deleted;
	}

	private static Query byId(String key) {
		return new Query(Criteria.where("_id").is(key));
	}

	/**
	 * A booked appointment's slot, from {@code appointment.booked} or
	 * {@code .rescheduled}.
	 */
	record Booked(String appointmentId, String patientId, String doctorId, Instant start, Instant end,
			String timeZone) {
	}

}
