package org.careflow.scheduling.availability;

import java.time.LocalTime;

/** A range of local wall-clock time within one day. */
public record TimeRange(LocalTime start, LocalTime end) {

	boolean isForward() {
		return this.start.isBefore(this.end);
	}

	boolean contains(LocalTime from, LocalTime to) {
		return !from.isBefore(this.start) && !to.isAfter(this.end);
	}

}
