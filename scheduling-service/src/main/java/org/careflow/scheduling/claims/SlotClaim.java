package org.careflow.scheduling.claims;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.careflow.scheduling.availability.BookingHorizon;
import org.careflow.scheduling.availability.Slot;
import org.careflow.scheduling.availability.WeeklySchedule;

/**
 * One appointment's hold on one slot. Its key is the slot's natural key, so at most one
 * claim per slot can exist: the store, not a read before the write, decides who wins.
 */
public record SlotClaim(String key, String doctorId, Instant start, Instant end, String timeZone, String appointmentId,
		ClaimStatus status, Instant claimedAt, String claimedBy) {

	/**
	 * How far in the past a start is still a slot that began while the patient was
	 * booking (422, a rule); further back it is not a booking at all (400, bad input).
	 */
	static final Duration MAX_PAST = Duration.ofDays(1);

	/**
	 * A tentative claim for the slot of {@code schedule} starting at {@code start}.
	 * @param schedule the doctor's schedule, empty if they have none
	 * @param claimedBy the patient the appointment is for
	 * @throws InvalidClaimException if {@code start} lies before one day ago or beyond
	 * the booking horizon
	 * @throws SlotNotClaimableException if no such slot exists or it has begun
	 */
	static SlotClaim tentative(Optional<WeeklySchedule> schedule, Instant start, String appointmentId, String claimedBy,
			Instant now) {
		requireWithinRange(start, now);
		WeeklySchedule hours = schedule
			.orElseThrow(() -> new SlotNotClaimableException("The doctor has no consulting hours."));
		Slot slot = hours.slotStartingAt(start)
			.orElseThrow(() -> new SlotNotClaimableException(
					"No slot of this doctor starts at " + start + " (outside their hours or off the slot grid)."));
		if (!slot.start().isAfter(now)) {
			throw new SlotNotClaimableException("The slot at " + start + " is in the past.");
		}
		return new SlotClaim(slot.key(), slot.doctorId(), slot.start(), slot.end(), hours.zone().getId(), appointmentId,
				ClaimStatus.BUSY_TENTATIVE, now, claimedBy);
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
		return this.appointmentId.equals(appointmentId);
	}

}
