package org.careflow.scheduling.slots;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.careflow.scheduling.availability.BookingHorizon;
import org.careflow.scheduling.slots.InvalidSlotWindowException.Violation;

/**
 * The period a client asks free slots for, bounded so one request stays cheap: at most 31
 * days, and both ends between one year before now and the booking horizon (two years
 * ahead). Nothing outside is bookable, and instants a billion years away could not even
 * be turned into a local date.
 */
record SlotWindow(Instant from, Instant to) {

	static final Duration MAX_LENGTH = Duration.ofDays(31);

	/**
	 * A search across doctors looks at up to fifty doctors' calendars: two weeks each
	 * keeps one request as cheap as a month of one doctor's slots at most.
	 */
	static final Duration MAX_SEARCH_LENGTH = Duration.ofDays(14);

	/**
	 * Enough to ask from the start of any recent day or week; slots that began are
	 * dropped anyway.
	 */
	static final Period MAX_PAST = Period.ofYears(1);

	/**
	 * @throws InvalidSlotWindowException naming {@code from} and/or {@code to}
	 */
	static SlotWindow of(Instant from, Instant to, Instant now) {
		return of(from, to, now, MAX_LENGTH);
	}

	/**
	 * @param maxLength the longest window allowed
	 * @throws InvalidSlotWindowException naming {@code from} and/or {@code to}
	 */
	static SlotWindow of(Instant from, Instant to, Instant now, Duration maxLength) {
		Instant earliest = now.atOffset(ZoneOffset.UTC).minus(MAX_PAST).toInstant();
		Instant latest = BookingHorizon.end(now);
		List<Violation> violations = new ArrayList<>();
		if (from.isBefore(earliest) || from.isAfter(latest)) {
			violations.add(outside("from", earliest, latest));
		}
		if (to.isBefore(earliest) || to.isAfter(latest)) {
			violations.add(outside("to", earliest, latest));
		}
		if (!violations.isEmpty()) {
			throw new InvalidSlotWindowException(violations);
		}
		if (!from.isBefore(to)) {
			throw new InvalidSlotWindowException(List.of(new Violation("to", "must be after from")));
		}
		if (Duration.between(from, to).compareTo(maxLength) > 0) {
			throw new InvalidSlotWindowException(
					List.of(new Violation("to", "must be at most " + maxLength.toDays() + " days after from")));
		}
		return new SlotWindow(from, to);
	}

	private static Violation outside(String field, Instant earliest, Instant latest) {
		return new Violation(field, "must lie between " + earliest + " and " + latest);
	}

}
