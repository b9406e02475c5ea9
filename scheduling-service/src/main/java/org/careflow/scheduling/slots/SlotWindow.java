package org.careflow.scheduling.slots;

import java.time.Duration;
import java.time.Instant;

/** The period a client asks free slots for; bounded so one request stays cheap. */
record SlotWindow(Instant from, Instant to) {

	static final Duration MAX_LENGTH = Duration.ofDays(31);

	SlotWindow {
		if (!from.isBefore(to)) {
			throw new InvalidSlotWindowException("'to' must be after 'from'.");
		}
		if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
			throw new InvalidSlotWindowException("The period from 'from' to 'to' may span at most 31 days.");
		}
	}

}
