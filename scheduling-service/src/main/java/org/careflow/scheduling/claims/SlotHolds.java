package org.careflow.scheduling.claims;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.careflow.scheduling.availability.DoctorAvailability;
import org.careflow.scheduling.availability.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Patients' short holds of slots ({@code busy-tentative}) while they decide. A hold is a
 * claim document without an appointment: one insert takes the slot and one of the
 * patient's few seats ({@code patientId#n}), both unique keys, so neither two holds of
 * one slot nor more holds than seats can be stored, however many requests race. An
 * expired hold frees its slot and seat to the next insert that finds it in the way.
 */
@Service
class SlotHolds {

	private static final Logger log = LoggerFactory.getLogger(SlotHolds.class);

	private final Schedules schedules;

	private final ClaimStore store;

	private final SlotClaims claims;

	private final HoldProperties properties;

	private final Clock clock;

	SlotHolds(Schedules schedules, ClaimStore store, SlotClaims claims, HoldProperties properties, Clock clock) {
		this.schedules = schedules;
		this.store = store;
		this.claims = claims;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Holds the slot for the patient, for the configured time ({@code SLOT_HOLD_TTL}).
	 * @see #hold(String, Instant, String, Duration)
	 */
	HoldResult hold(String doctorId, Instant start, String patientId) {
		return hold(doctorId, start, patientId, this.properties.ttl());
	}

	/**
	 * Holds the slot for the patient until {@code ttl} from now; a service's hold for a
	 * patient (a waitlist offer) names its own time. The patient's existing unexpired
	 * hold of the slot is found again, keeping its expiry, so the call may be retried.
	 * @return the hold, and whether this call placed it (false: the patient held it
	 * already)
	 * @throws InvalidClaimException if {@code start} is outside the booking horizon
	 * @throws org.careflow.scheduling.availability.SlotUnavailableException if a booking
	 * rule refuses the slot, or the patient holds as many slots as one may
	 * @throws SlotTakenException if the slot is claimed or held by someone else
	 */
	HoldResult hold(String doctorId, Instant start, String patientId, Duration ttl) {
		Instant now = this.clock.instant();
		Optional<DoctorAvailability> availability = this.schedules.find(doctorId);
		SlotClaim hold = SlotClaim.hold(availability, start, UUID.randomUUID().toString(), patientId, now, ttl);
		this.claims.requireBufferKept(availability.get(), hold, now);
		int seat = 0;
		// each failed attempt either moves to the next seat or removes an expired hold
		for (int attempt = 0; attempt < 3 * this.properties.maxPerPatient() + 3; attempt++) {
			if (seat == this.properties.maxPerPatient()) {
				throw new HoldLimitException(this.properties.maxPerPatient());
			}
			String seatKey = patientId + "#" + seat;
			try {
				this.store.insertHold(hold, seatKey);
				this.claims.recheck(hold, now);
				log.info("Hold {} placed on slot {}", hold.holdId(), hold.key());
				return new HoldResult(hold, true);
			}
			catch (DuplicateKeyException taken) {
				SlotClaim onSlot = this.store.find(hold.key()).orElse(null);
				if (onSlot != null) {
					if (onSlot.isHold() && onSlot.expired(now)) {
						this.store.deleteHold(onSlot.key(), onSlot.holdId());
						continue;
					}
					if (onSlot.isHold() && patientId.equals(onSlot.claimedBy())) {
						return new HoldResult(onSlot, false);
					}
					throw new SlotTakenException(hold.key());
				}
				SlotClaim onSeat = this.store.findSeat(seatKey).orElse(null);
				if (onSeat != null && onSeat.expired(now)) {
					this.store.deleteHold(onSeat.key(), onSeat.holdId());
				}
				else if (onSeat != null) {
					seat++;
				}
			}
		}
		throw new SlotTakenException(hold.key());
	}

	/**
	 * Lets the patient's own hold go.
	 * @throws HoldNotFoundException if the patient has no unexpired hold of that id
	 */
	void letGo(String holdId, String patientId) {
		SlotClaim hold = this.store.findHold(holdId)
			.filter(found -> patientId.equals(found.claimedBy()) && !found.expired(this.clock.instant()))
			.orElseThrow(HoldNotFoundException::new);
		if (!this.store.deleteHold(hold.key(), holdId)) {
			throw new HoldNotFoundException();
		}
		log.info("Hold {} let go", holdId);
	}

	/**
	 * Lets a hold go whoever holds it (a service withdrawing its offer): deleted only if
	 * that hold is still on its slot, never a claim it has become.
	 * @return whether this call freed a slot the hold kept (false: unknown, expired, or
	 * already an appointment's claim)
	 */
	boolean release(String holdId) {
		SlotClaim hold = this.store.findHold(holdId).orElse(null);
		if (hold == null) {
			return false;
		}
		boolean released = this.store.deleteHold(hold.key(), holdId) && !hold.expired(this.clock.instant());
		log.info("Hold {} released; slot {}", holdId, released ? "freed" : "was not held by it");
		return released;
	}

	/** A hold and whether this call placed it (201) or found it already there (200). */
	record HoldResult(SlotClaim hold, boolean created) {
	}

}
