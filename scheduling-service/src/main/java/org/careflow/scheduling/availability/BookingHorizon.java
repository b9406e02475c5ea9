package org.careflow.scheduling.availability;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How far ahead the service deals in slots: two years. No clinic plans further, and the
 * bound keeps every instant a client sends far from the ends of the time-line, where
 * converting it to a local date would fail.
 */
public final class BookingHorizon {

	public static final Period AHEAD = Period.ofYears(2);

	private BookingHorizon() {
	}

	/** The last instant a slot may be listed or claimed at, seen from {@code now}. */
	public static Instant end(Instant now) {
		return now.atOffset(ZoneOffset.UTC).plus(AHEAD).toInstant();
	}

}
