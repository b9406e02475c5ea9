package org.careflow.scheduling.availability;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.careflow.scheduling.availability.InvalidScheduleException.Violation;
import org.careflow.scheduling.availability.ScheduleException.Block;
import org.careflow.scheduling.availability.ScheduleException.DateOverride;

/**
 * An exception as a client sends it: a block ({@code start}, {@code end} instants and a
 * {@code reason} code) or a date override ({@code date} in the doctor's zone,
 * {@code mode} {@code replace} or {@code add}, and {@code hours}). Strings have patterns
 * that also bound their length; the list of hours has a maximum.
 */
record ExceptionRequest(@NotNull @Pattern(regexp = "block|override", message = "must be block or override") String type,
		Instant start, Instant end,
		@Pattern(regexp = BlockReason.CODES, message = "must be one of leave, training, holiday, other") String reason,
		@Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date yyyy-MM-dd") String date,
		@Pattern(regexp = "replace|add", message = "must be replace or add") String mode,
		@Size(max = ScheduleException.MAX_OVERRIDE_RANGES,
				message = "must contain at most {max} ranges") List<@Valid @NotNull RangeRequest> hours) {

	ScheduleException toException(String id, DoctorAvailability availability, Instant now) {
		List<Violation> missing = new ArrayList<>();
		if ("block".equals(this.type)) {
			require(this.start, "start", missing);
			require(this.end, "end", missing);
			require(this.reason, "reason", missing);
			throwIfAny(missing);
			return Block.of(id, this.start, this.end, BlockReason.ofCode(this.reason), now);
		}
		require(this.date, "date", missing);
		require(this.mode, "mode", missing);
		require(this.hours, "hours", missing);
		throwIfAny(missing);
		LocalDate day;
		try {
			day = LocalDate.parse(this.date);
		}
		catch (DateTimeException ex) {
			throw new InvalidScheduleException(List.of(new Violation("date", "is not a date of the calendar")));
		}
		List<TimeRange> ranges = this.hours.stream().map(RangeRequest::toRange).toList();
		return DateOverride.of(id, day, DateOverride.Mode.valueOf(this.mode.toUpperCase(Locale.ROOT)), ranges,
				availability.weekly().slotMinutes(), availability.zone(), now);
	}

	private static void require(Object value, String field, List<Violation> missing) {
		if (value == null) {
			missing.add(new Violation(field, "is required for this type"));
		}
	}

	private static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidScheduleException(violations);
		}
	}

	record RangeRequest(@NotNull @Pattern(regexp = ScheduleRequest.TIME, message = "must be a time HH:mm") String start,
			@NotNull @Pattern(regexp = ScheduleRequest.TIME, message = "must be a time HH:mm") String end) {

		TimeRange toRange() {
			return new TimeRange(LocalTime.parse(this.start), LocalTime.parse(this.end));
		}

	}

}
