package org.careflow.scheduling.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.careflow.scheduling.availability.InvalidScheduleException.Violation;

/**
 * A departure from a doctor's weekly hours: time blocked (a {@link Block}) or one local
 * date's hours replaced or extended (a {@link DateOverride}).
 */
public sealed interface ScheduleException permits ScheduleException.Block, ScheduleException.DateOverride {

	/** A quarter: a longer absence is entered as several blocks. */
	Duration MAX_BLOCK = Duration.ofDays(92);

	/** How far back a block may start: a doctor off sick since yesterday. */
	Duration MAX_PAST = Duration.ofDays(1);

	/** Ranges of hours on one date, as many as a day of the weekly hours may have. */
	int MAX_OVERRIDE_RANGES = 10;

	String id();

	/** When this exception stops mattering: nothing after it depends on it. */
	Instant end(ZoneId zone);

	/** The first instant this exception touches, to order a doctor's exceptions. */
	Instant start(ZoneId zone);

	/**
	 * Time the doctor is unavailable, {@code [start, end)}; no slot overlapping it is
	 * offered.
	 */
	record Block(String id, Instant start, Instant end, BlockReason reason) implements ScheduleException {

		/**
		 * @throws InvalidScheduleException naming {@code start} and/or {@code end}
		 */
		public static Block of(String id, Instant start, Instant end, BlockReason reason, Instant now) {
			List<Violation> violations = new ArrayList<>();
			Instant earliest = now.minus(MAX_PAST);
			Instant latest = BookingHorizon.end(now);
			if (start.isBefore(earliest) || start.isAfter(latest)) {
				violations.add(new Violation("start", "must lie between one day ago and two years ahead"));
			}
			if (!end.isAfter(now) || end.isAfter(latest)) {
				violations.add(new Violation("end", "must lie between now and two years ahead"));
			}
			else if (!end.isAfter(start)) {
				violations.add(new Violation("end", "must be after start"));
			}
			else if (Duration.between(start, end).compareTo(MAX_BLOCK) > 0) {
				violations.add(new Violation("end",
						"must be at most " + MAX_BLOCK.toDays() + " days after start (split a longer absence)"));
			}
			if (!violations.isEmpty()) {
				throw new InvalidScheduleException(violations);
			}
			return new Block(id, start, end, reason);
		}

		boolean overlaps(Instant from, Instant to) {
			return this.start.isBefore(to) && from.isBefore(this.end);
		}

		@Override
		public Instant end(ZoneId zone) {
			return this.end;
		}

		@Override
		public Instant start(ZoneId zone) {
			return this.start;
		}

	}

	/**
	 * Different hours on one local date of the doctor's zone: {@code REPLACE} stands
	 * instead of that weekday's hours (no ranges: closed that day), {@code ADD} adds to
	 * them.
	 */
	record DateOverride(String id, LocalDate date, Mode mode, List<TimeRange> hours) implements ScheduleException {

		public DateOverride {
			hours = List.copyOf(hours);
		}

		/**
		 * @throws InvalidScheduleException naming {@code date} or {@code hours[i]...}
		 */
		public static DateOverride of(String id, LocalDate date, Mode mode, List<TimeRange> hours, int slotMinutes,
				ZoneId zone, Instant now) {
			List<Violation> violations = new ArrayList<>();
			LocalDate today = now.atZone(zone).toLocalDate();
			LocalDate last = BookingHorizon.end(now).atZone(zone).toLocalDate();
			if (date.isBefore(today) || date.isAfter(last)) {
				violations.add(new Violation("date", "must lie between today and two years ahead"));
			}
			if (mode == Mode.ADD && hours.isEmpty()) {
				violations.add(new Violation("hours", "must contain at least one range to add"));
			}
			if (hours.size() > MAX_OVERRIDE_RANGES) {
				violations.add(new Violation("hours", "must contain at most " + MAX_OVERRIDE_RANGES + " ranges"));
			}
			else {
				checkRanges(hours, slotMinutes, violations);
			}
			if (!violations.isEmpty()) {
				throw new InvalidScheduleException(violations);
			}
			return new DateOverride(id, date, mode, hours);
		}

		private static void checkRanges(List<TimeRange> hours, int slotMinutes, List<Violation> violations) {
			for (int i = 0; i < hours.size(); i++) {
				TimeRange range = hours.get(i);
				if (!range.isForward()) {
					violations.add(new Violation("hours[" + i + "].end", "must be after start"));
				}
				else if (Duration.between(range.start(), range.end()).toMinutes() < slotMinutes) {
					violations.add(new Violation("hours[" + i + "].end", "must leave room for at least one slot"));
				}
			}
			List<TimeRange> sorted = hours.stream()
				.filter(TimeRange::isForward)
				.sorted(Comparator.comparing(TimeRange::start))
				.toList();
			for (int i = 1; i < sorted.size(); i++) {
				if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
					violations.add(new Violation("hours[" + hours.indexOf(sorted.get(i)) + "]",
							"overlaps another range of the date"));
				}
			}
		}

		@Override
		public Instant end(ZoneId zone) {
			return this.date.plusDays(1).atStartOfDay(zone).toInstant();
		}

		@Override
		public Instant start(ZoneId zone) {
			return this.date.atStartOfDay(zone).toInstant();
		}

		public enum Mode {

			REPLACE, ADD

		}

	}

}
