package org.careflow.scheduling.availability;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a change of a doctor's availability opens: the slots free after it that were not
 * free before, from now to the end of the doctor's booking horizon (within their rules:
 * notice, days ahead, buffer), soonest first. Longer hours, a block removed, an override
 * that adds or replaces hours, a shorter notice, more days ahead and a shorter buffer all
 * open slots; a new schedule opens all of its free slots.
 * <p>
 * Each side is listed once over the horizon (at most 365 days of a grid) and compared by
 * start in a hash set, so the cost is linear in the slots; a slot that was free under the
 * same start before (even of another length) is not new. Bookings are needed only when
 * something may have opened ({@link #none()} tells before anyone asks for them).
 */
public final class OpenedSlots {

	/**
	 * Slots one change announces at most, the soonest: twenty events. A whole year of a
	 * fine grid (a new schedule, another slot length) can hold a hundred thousand, more
	 * than any waitlist could take and too large to wait in the doctor's document; the
	 * waitlist wants the soonest ones, and later ones are found by searching.
	 */
	public static final int MAX_PER_CHANGE = 10_000;

	private final Optional<DoctorAvailability> before;

	private final DoctorAvailability after;

	private final List<Slot> bookableBefore;

	private final List<Slot> bookableAfter;

	private final List<Slot> newOnGrid;

	private OpenedSlots(Optional<DoctorAvailability> before, DoctorAvailability after, Instant now) {
		this.before = before;
		this.after = after;
		this.bookableBefore = before.map(availability -> bookable(availability, now)).orElse(List.of());
		this.bookableAfter = bookable(after, now);
		Set<Instant> starts = startsOf(this.bookableBefore);
		this.newOnGrid = this.bookableAfter.stream().filter(slot -> !starts.contains(slot.start())).toList();
	}

	/**
	 * @param before the availability the change replaces; empty for a new schedule
	 */
	public static OpenedSlots of(Optional<DoctorAvailability> before, DoctorAvailability after, Instant now) {
		return new OpenedSlots(before, after, now);
	}

	/**
	 * Whether the change surely opens nothing, whatever is booked: no bookable slot is
	 * new, and the buffer did not shrink (a slot free after it with a buffer no shorter
	 * was free before).
	 */
	public boolean none() {
		return this.newOnGrid.isEmpty() && !bufferShrank();
	}

	/**
	 * The opened slots, soonest first, at most {@value #MAX_PER_CHANGE}.
	 * @param taken the doctor's slots claimed or held (live), as they are now; the same
	 * for both sides, since the change claims and frees nothing
	 */
	public List<Slot> lessTaken(Collection<Slot> taken) {
		if (none()) {
			return List.of();
		}
		List<Slot> freeAfter;
		if (bufferShrank()) {
			// a slot on both grids may have been kept free only by the longer buffer
			Set<Instant> freeBefore = startsOf(this.before.orElseThrow().free(this.bookableBefore, taken));
			freeAfter = this.after.free(this.bookableAfter, taken)
				.stream()
				.filter(slot -> !freeBefore.contains(slot.start()))
				.toList();
		}
		else {
			freeAfter = this.after.free(this.newOnGrid, taken);
		}
		return freeAfter.subList(0, Math.min(freeAfter.size(), MAX_PER_CHANGE));
	}

	private boolean bufferShrank() {
		return this.before.isPresent() && this.after.rules().buffer().compareTo(this.before.get().rules().buffer()) < 0;
	}

	/** The slots patients could book from now on, in time order, bookings aside. */
	private static List<Slot> bookable(DoctorAvailability availability, Instant now) {
		Instant last = availability.rules().latestStart(now);
		return availability.slotsBetween(now, last.plusSeconds(1))
			.stream()
			.filter(slot -> availability.allows(slot, now))
			.toList();
	}

	private static Set<Instant> startsOf(List<Slot> slots) {
		Set<Instant> starts = new HashSet<>(slots.size() * 2);
		slots.forEach(slot -> starts.add(slot.start()));
		return starts;
	}

}
