package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A doctor's weekly hours as sent by a client. Days and times are strings so that a typo
 * is reported against its field instead of as unreadable JSON; their patterns also bound
 * their length. Every list and string has a maximum, checked before any range is compared
 * with another. The booking rules are optional; each left out takes its default (two
 * hours' notice, 90 days ahead, no buffer).
 */
record ScheduleRequest(
		@NotBlank @Size(max = MAX_TIME_ZONE_LENGTH, message = "must be at most {max} characters") String timeZone,
		@NotNull Integer slotMinutes,
		@NotEmpty @Size(max = MAX_RANGES,
				message = "must contain at most {max} ranges") List<@Valid @NotNull HoursRequest> weeklyHours,
		@Min(0) @Max(BookingRules.MAX_MIN_NOTICE_MINUTES) Integer minNoticeMinutes,
		@Min(1) @Max(BookingRules.MAX_DAYS_AHEAD) Integer maxDaysAhead,
		@Min(0) @Max(BookingRules.MAX_BUFFER_MINUTES) Integer bufferMinutes) {

	/**
	 * Ten ranges a day for seven days: a real week needs two or three a day (morning,
	 * afternoon, an evening clinic), so ten leaves room for split hours and breaks.
	 */
	static final int MAX_RANGES = 70;

	/**
	 * The longest IANA zone id is 32 characters
	 * ({@code America/Argentina/ComodRivadavia}).
	 */
	static final int MAX_TIME_ZONE_LENGTH = 64;

	static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

	static final String DAY = "(?i)MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";

	WeeklySchedule toSchedule(String doctorId) {
		List<WorkingHours> hours = this.weeklyHours.stream().map(HoursRequest::toWorkingHours).toList();
		return WeeklySchedule.of(doctorId, this.timeZone, this.slotMinutes, hours);
	}

	/** The booking rules sent, with a default for each one left out. */
	BookingRules toRules() {
		return BookingRules.of(this.minNoticeMinutes, this.maxDaysAhead, this.bufferMinutes);
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
