package org.careflow.scheduling.claims;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.careflow.events.AppointmentBooked;
import org.careflow.events.AppointmentCancelled;
import org.careflow.scheduling.availability.Schedules;
import org.careflow.scheduling.availability.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Claims slots for bookings in progress, confirms them when the booking is made and frees
 * them when it is cancelled.
 */
@Service
public class SlotClaims {

	private static final Logger log = LoggerFactory.getLogger(SlotClaims.class);

	private final Schedules schedules;

	private final ClaimStore store;

	private final ProcessedEvents processed;

	private final Clock clock;

	SlotClaims(Schedules schedules, ClaimStore store, ProcessedEvents processed, Clock clock) {
		this.schedules = schedules;
		this.store = store;
		this.processed = processed;
		this.clock = clock;
	}

	/**
	 * Claims the slot for an appointment. The insert itself decides a race; a retry by
	 * the same appointment gets its claim back.
	 * @param patientId who the appointment is for, kept as the claim's {@code claimedBy}
	 * @throws InvalidClaimException if {@code start} is outside the booking horizon
	 * @throws SlotNotClaimableException if no such future slot exists
	 * @throws SlotTakenException if another appointment holds the slot
	 */
	ClaimResult claim(String doctorId, Instant start, String appointmentId, String patientId) {
		SlotClaim claim = SlotClaim.tentative(this.schedules.find(doctorId), start, appointmentId, patientId,
				this.clock.instant());
		// the holder may release between our failed insert and our read: try again then
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				this.store.insert(claim);
				return new ClaimResult(claim, true);
			}
			catch (DuplicateKeyException taken) {
				SlotClaim existing = this.store.find(claim.key()).orElse(null);
				if (existing != null) {
					if (existing.heldBy(appointmentId)) {
						return new ClaimResult(existing, false);
					}
					throw new SlotTakenException(claim.key());
				}
			}
		}
		throw new SlotTakenException(claim.key());
	}

	/** Keys of the claimed slots of a doctor starting in {@code [from, to)}. */
	public Set<String> claimedKeys(String doctorId, Instant from, Instant to) {
		return this.store.claimedKeys(doctorId, from, to);
	}

	void confirm(AppointmentBooked booked) {
		if (this.processed.seen(booked) || this.processed.cancelled(booked.aggregateId())) {
			return;
		}
		this.store.confirm(booked, this.clock.instant());
		if (this.processed.cancelled(booked.aggregateId())) {
			// released while we wrote (a release marks first, then frees): had it freed
			// the slot before our write, ours would block it again, so take it back
			this.store.release(Slot.keyOf(booked.doctorId(), booked.start()), booked.aggregateId());
		}
		this.processed.record(booked, this.clock.instant());
	}

	/**
	 * Frees the slot of a cancelled appointment at once, without waiting for its
	 * {@code appointment.cancelled}, if that appointment holds it. The appointment is
	 * marked cancelled first, so that no {@code appointment.booked} of it, however late,
	 * claims the slot again; the cancellation event, when it comes, finds nothing left to
	 * do. Idempotent.
	 * @return whether this call freed the slot (false: it was free, or another
	 * appointment holds it)
	 * @throws InvalidClaimException if {@code start} is outside the range a claim may
	 * name
	 */
	boolean release(String doctorId, Instant start, String appointmentId) {
		Instant now = this.clock.instant();
		SlotClaim.requireWithinRange(start, now);
		this.processed.recordCancelled(appointmentId, now);
		boolean freed = this.store.release(Slot.keyOf(doctorId, start), appointmentId);
		log.info("Appointment {} released its slot; slot {}", appointmentId, freed ? "freed" : "was not held");
		return freed;
	}

	void release(AppointmentCancelled cancelled) {
		if (this.processed.seen(cancelled)) {
			return;
		}
		Instant now = this.clock.instant();
		this.processed.recordCancelled(cancelled.aggregateId(), now);
		boolean freed = this.store.release(Slot.keyOf(cancelled.doctorId(), cancelled.start()),
				cancelled.aggregateId());
		this.processed.record(cancelled, now);
		log.info("Appointment {} cancelled; slot {}", cancelled.aggregateId(), freed ? "freed" : "was not held");
	}

	long expireTentativeClaimedBefore(Instant cutoff) {
		return this.store.deleteTentativeClaimedBefore(cutoff);
	}

	/** A claim and whether this call created it (201) or found it already held (200). */
	record ClaimResult(SlotClaim claim, boolean created) {
	}

}
