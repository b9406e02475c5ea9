package org.careflow.scheduling.claims;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.careflow.scheduling.availability.BookingHorizon;
import org.careflow.scheduling.availability.DoctorAvailability;
import org.careflow.scheduling.availability.Rule;
import org.careflow.scheduling.availability.Slot;
import org.careflow.scheduling.availability.SlotUnavailableException;

/**
 * One appointment's claim on one slot, or one patient's short hold of it (then
 * {@code holdId} and {@code expiresAt} are set and {@code appointmentId} is not). Its key
 * is the slot's natural key, so at most one claim or hold per slot can exist: the store,
 * not a read before the write, decides who wins.
 */
public record SlotClaim(String key, String doctorId, Instant start, Instant end, String timeZone, String appointmentId,
		ClaimStatus status, Instant claimedAt, String claimedBy, String holdId, Instant expiresAt) {

	/**
	 * How far in the past a start is still a slot that began while the patient was
	 * booking (422, a rule); further back it is not a booking at all (400, bad input).
	 */
	static final Duration MAX_PAST = Duration.ofDays(1);

	/**
	 * A tentative claim for the slot starting at {@code start}.
	 * @param availability the doctor's, empty if they have no schedule
	 * @param claimedBy the patient the appointment is for
	 * @throws InvalidClaimException if {@code start} lies before one day ago or beyond
	 * the booking horizon
	 * @throws SlotUnavailableException if the rules refuse the slot, naming the rule
	 */
	static SlotClaim tentative(Optional<DoctorAvailability> availability, Instant start, String appointmentId,
			String claimedBy, Instant now) {
		Slot slot = bookable(availability, start, now);
		return new SlotClaim(slot.key(), slot.doctorId(), slot.start(), slot.end(), availability.get().zone().getId(),
				appointmentId, ClaimStatus.BUSY_TENTATIVE, now, claimedBy, null, null);
	}

	/**
	 * A patient's hold of the slot starting at {@code start}, until {@code now + ttl}.
	 * Same rules as a claim.
	 */
	static SlotClaim hold(Optional<DoctorAvailability> availability, Instant start, String holdId, String patientId,
			Instant now, Duration ttl) {
		Slot slot = bookable(availability, start, now);
		return new SlotClaim(slot.key(), slot.doctorId(), slot.start(), slot.end(), availability.get().zone().getId(),
				null, ClaimStatus.BUSY_TENTATIVE, now, patientId, holdId, now.plus(ttl));
	}

	private static Slot bookable(Optional<DoctorAvailability> availability, Instant start, Instant now) {
		requireWithinRange(start, now);
		return availability
			.orElseThrow(() -> new SlotUnavailableException(Rule.OUTSIDE_HOURS, "The doctor has no consulting hours."))
			.requireBookable(start, now);
	}

	/**
	 * The instants a claim or a release may name: from one day ago to the booking
	 * horizon. Checked before anything else, so no absurd instant reaches a date
	 * conversion or the store.
	 * @throws InvalidClaimException naming {@code start} otherwise
	 */
	static void requireWithinRange(Instant start, Instant now) {
		Instant horizon = BookingHorizon.end(now);
		if (start.isBefore(now.minus(MAX_PAST)) || start.isAfter(horizon)) {
			throw new InvalidClaimException("start", "must lie between " + now.minus(MAX_PAST) + " and " + horizon
					+ " (one day ago to two years ahead)");
		}
	}

	/** Whether a repeated claim by {@code appointmentId} is the same claim (a retry). */
	boolean heldBy(String appointmentId) {
		return appointmentId != null && appointmentId.equals(this.appointmentId);
	}

	boolean isHold() {
		return this.holdId != null;
	}

	/** A hold whose time ran out: it frees its slot to the next claim or hold. */
	boolean expired(Instant now) {
		return this.expiresAt != null && !this.expiresAt.isAfter(now);
	}

	Slot slot() {
		return new Slot(this.doctorId, this.start, this.end);
	}

}
