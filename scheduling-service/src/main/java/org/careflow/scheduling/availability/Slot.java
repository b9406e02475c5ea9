package org.careflow.scheduling.availability;

import java.time.Instant;

/** A bookable period of one doctor, as instants (clients render them in any zone). */
public record Slot(String doctorId, Instant start, Instant end) {

	/** The natural key of the slot, shared by its claim. */
	public String key() {
		return keyOf(this.doctorId, this.start);
	}

	public static String keyOf(String doctorId, Instant start) {
		return doctorId + "|" + start;
	}

}
