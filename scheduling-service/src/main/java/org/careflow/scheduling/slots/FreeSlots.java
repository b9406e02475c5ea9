package org.careflow.scheduling.slots;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.careflow.scheduling.availability.Schedules;
import org.careflow.scheduling.availability.Slot;
import org.careflow.scheduling.claims.SlotClaims;

import org.springframework.stereotype.Service;

/** The slots a patient can still book: on the doctor's grid, in the future, unclaimed. */
@Service
class FreeSlots {

	private final Schedules schedules;

	private final SlotClaims claims;

	private final Clock clock;

	FreeSlots(Schedules schedules, SlotClaims claims, Clock clock) {
		this.schedules = schedules;
		this.claims = claims;
		this.clock = clock;
	}

	/**
	 * @throws InvalidSlotWindowException if the period is not a {@link SlotWindow}
	 */
	List<Slot> of(String doctorId, Instant from, Instant to) {
		Instant now = this.clock.instant();
		SlotWindow window = SlotWindow.of(from, to, now);
		return this.schedules.find(doctorId).map(schedule -> {
			List<Slot> slots = schedule.slotsBetween(window.from(), window.to());
			Set<String> claimed = this.claims.claimedKeys(doctorId, window.from(), window.to());
			return slots.stream()
				.filter(slot -> slot.start().isAfter(now))
				.filter(slot -> !claimed.contains(slot.key()))
				.toList();
		}).orElse(List.of());
	}

}
