package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One range of consulting hours on a weekday, in the doctor's local time. */
public record WorkingHours(DayOfWeek day, LocalTime start, LocalTime end) {

	boolean isForward() {
		return this.start.isBefore(this.end);
	}

	boolean overlaps(WorkingHours other) {
		return this.day == other.day && this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

}
