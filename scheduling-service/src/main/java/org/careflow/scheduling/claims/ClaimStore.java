package org.careflow.scheduling.claims;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.careflow.events.AppointmentBooked;
import org.careflow.scheduling.availability.Slot;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Claims in MongoDB; every write is a single atomic document operation. */
@Repository
class ClaimStore implements InitializingBean {

	private final MongoTemplate mongo;

	ClaimStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(ClaimDocument.class)
			.createIndex(new Index().on("doctorId", Direction.ASC).on("start", Direction.ASC));
		// unique indexes: the local stack's MongoDB-protocol server uses only those, and
		// only
		// for queries naming exactly their fields (real MongoDB would use _id's alone)
		this.mongo.indexOps(ClaimDocument.class)
			.createIndex(new Index().on("_id", Direction.ASC)
				.on("appointmentId", Direction.ASC)
				.unique()
				.named("id_appointment"));
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
			this.mongo.updateFirst(new Query(Criteria.where("_id").is(claim.key())),
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

	Optional<SlotClaim> find(String key) {
		return Optional.ofNullable(this.mongo.findById(key, ClaimDocument.class)).map(ClaimDocument::toClaim);
	}

	Set<String> claimedKeys(String doctorId, Instant from, Instant to) {
		Query query = new Query(Criteria.where("doctorId").is(doctorId).and("start").gte(from).lt(to));
		query.fields().include("_id");
		return this.mongo.find(query, ClaimDocument.class)
			.stream()
			.map(ClaimDocument::key)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Marks the slot busy for the booked appointment, creating the claim again if its
	 * tentative hold had expired. A booked appointment wins over any tentative claim.
	 */
	void confirm(AppointmentBooked booked, Instant now) {
		String key = Slot.keyOf(booked.doctorId(), booked.start());
		Update update = new Update().set("doctorId", booked.doctorId())
			.set("start", booked.start())
			.set("end", booked.end())
			.set("timeZone", booked.timeZone())
			.set("appointmentId", booked.aggregateId())
			.set("status", ClaimStatus.BUSY.name())
			.set("claimedBy", booked.patientId())
			.setOnInsert("claimedAt", now)
			.unset(ClaimDocument.TENTATIVE);
		this.mongo.upsert(new Query(Criteria.where("_id").is(key)), update, ClaimDocument.class);
	}

	/** Frees the slot if, and only if, this appointment holds it. */
	boolean release(String key, String appointmentId) {
		Query query = new Query(Criteria.where("_id").is(key).and("appointmentId").is(appointmentId));
		return this.mongo.remove(query, ClaimDocument.class).getDeletedCount() > 0;
	}

	/**
	 * Deletes the holds claimed before the cutoff. Each is removed by its marker, so a
	 * hold confirmed by its booking in the meantime (which drops the marker) stays.
	 */
	long deleteTentativeClaimedBefore(Instant cutoff) {
		Query waiting = new Query(Criteria.where(ClaimDocument.TENTATIVE).regex("^"));
		waiting.fields().include(ClaimDocument.TENTATIVE, "claimedAt");
		long deleted = 0;
		for (ClaimDocument hold : this.mongo.find(waiting, ClaimDocument.class)) {
			if (hold.claimedAt() != null && hold.claimedAt().isBefore(cutoff)) {
				Query same = new Query(Criteria.where(ClaimDocument.TENTATIVE).is(hold.tentative()));
				deleted += this.mongo.remove(same, ClaimDocument.class).getDeletedCount();
			}
		}
		return deleted;
	}

}
