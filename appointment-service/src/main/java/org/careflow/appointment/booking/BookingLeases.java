package org.careflow.appointment.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One booking at a time per patient, across replicas, so that counting a patient's
 * upcoming appointments and adding one cannot interleave with another booking of theirs.
 * MongoDB-protocol servers here have no transactions, so the lease is a document
 * ({@code _id} = patient id, {@code lockedUntil}) taken by a conditional upsert: while it
 * is held, the upsert matches nothing and its insert hits the existing {@code _id}, a
 * duplicate key. A lease left by a crashed holder lapses after the lease time.
 */
@Component
class BookingLeases {

	static final String COLLECTION = "booking_leases";

	/** How long a second booking of the same patient waits for the first. */
	private static final Duration PATIENCE = Duration.ofSeconds(1);

	private static final long PAUSE_MILLIS = 50;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Duration leaseTime;

	BookingLeases(MongoTemplate mongo, Clock clock, BookingProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.leaseTime = properties.leaseTime();
	}

	/**
	 * Takes the patient's lease, waiting briefly while another booking of theirs holds
	 * it.
	 * @throws BookingInProgressException if it is still held after about a second
	 */
	Lease acquire(String patientId) {
		String holder = UUID.randomUUID().toString();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!tryTake(patientId, holder)) {
			if (System.nanoTime() > deadline) {
				throw new BookingInProgressException();
			}
			pause();
		}
		return new Lease(patientId, holder);
	}

	private boolean tryTake(String patientId, String holder) {
		Instant now = this.clock.instant();
		Query freeOrLapsed = new Query(Criteria.where("_id").is(patientId).and("lockedUntil").lt(now));
		Update take = new Update().set("lockedUntil", now.plus(this.leaseTime)).set("holder", holder);
		try {
			this.mongo.upsert(freeOrLapsed, take, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException heldByAnother) {
			return false;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(PAUSE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BookingInProgressException();
		}
	}

	/** A held lease; closing it frees the patient for their next booking. */
	final class Lease implements AutoCloseable {

		private final String patientId;

		private final String holder;

		private Lease(String patientId, String holder) {
			this.patientId = patientId;
			this.holder = holder;
		}

		/** Removes the lease only if it is still this holder's (it may have lapsed). */
		@Override
		public void close() {
			BookingLeases.this.mongo
				.remove(new Query(Criteria.where("_id").is(this.patientId).and("holder").is(this.holder)), COLLECTION);
		}

	}

}
