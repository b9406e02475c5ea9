package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A doctor's weekly hours as sent by a client. Days and times are strings so that a typo
 * is reported against its field instead of as unreadable JSON.
 */
record ScheduleRequest(@NotBlank String timeZone, @NotNull Integer slotMinutes,
		@NotEmpty List<@Valid @NotNull HoursRequest> weeklyHours) {

	static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

	static final String DAY = "(?i)MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";

	WeeklySchedule toSchedule(String doctorId) {
		List<WorkingHours> hours = this.weeklyHours.stream().map(HoursRequest::toWorkingHours).toList();
		return WeeklySchedule.of(doctorId, this.timeZone, this.slotMinutes, hours);
	}

	record HoursRequest(@NotNull @Pattern(regexp = DAY, message = "must be a day such as MONDAY") String day,
			@NotNull @Pattern(regexp = TIME, message = "must be a time HH:mm") String start,
			@NotNull @Pattern(regexp = TIME, message = "must be a time HH:mm") String end) {

		WorkingHours toWorkingHours() {
			return new WorkingHours(DayOfWeek.valueOf(this.day.toUpperCase(Locale.ROOT)), LocalTime.parse(this.start),
					LocalTime.parse(this.end));
		}

	}

}
