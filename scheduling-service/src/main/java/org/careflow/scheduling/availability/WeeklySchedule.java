package org.careflow.scheduling.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.careflow.platform.validation.IanaTimeZone;
import org.careflow.scheduling.availability.InvalidScheduleException.Violation;

/**
 * A doctor's recurring consulting hours in their own IANA zone, cut into slots of equal
 * length. Slots follow the wall clock of the zone, so 09:00 stays 09:00 local across a
 * daylight-saving change; local times that do not exist on a day (the spring-forward gap)
 * yield no slot.
 */
public final class WeeklySchedule {

	public static final int MIN_SLOT_MINUTES = 5;

	public static final int MAX_SLOT_MINUTES = 240;

	/**
	 * A schedule with a thousand faults is told its first ones: the answer stays small.
	 */
	public static final int MAX_VIOLATIONS = 20;

	/**
	 * {@link Instant} reaches further than {@link LocalDateTime}: near its ends there is
	 * no local date to convert to. Two days of margin cover every zone offset and the day
	 * after.
	 */
	private static final Instant FIRST_CONVERTIBLE = LocalDateTime.MIN.plusDays(2).toInstant(ZoneOffset.UTC);

	private static final Instant LAST_CONVERTIBLE = LocalDateTime.MAX.minusDays(2).toInstant(ZoneOffset.UTC);

	private static final Comparator<WorkingHours> BY_DAY_AND_START = Comparator.comparing(WorkingHours::day)
		.thenComparing(WorkingHours::start);

	private final String doctorId;

	private final ZoneId zone;

	private final int slotMinutes;

	private final List<WorkingHours> hours;

	private WeeklySchedule(String doctorId, ZoneId zone, int slotMinutes, List<WorkingHours> hours) {
		this.doctorId = doctorId;
		this.zone = zone;
		this.slotMinutes = slotMinutes;
		this.hours = hours.stream().sorted(BY_DAY_AND_START).toList();
	}

	/**
	 * Checks and builds a schedule.
	 * @param timeZone an IANA zone id such as {@code Europe/Paris}
	 * @throws InvalidScheduleException naming the fields that are wrong, the first
	 * {@value #MAX_VIOLATIONS} at most
	 */
	public static WeeklySchedule of(String doctorId, String timeZone, int slotMinutes, List<WorkingHours> hours) {
		Objects.requireNonNull(doctorId, "doctorId");
		List<Violation> violations = new ArrayList<>();
		// the platform's set, read once: ZoneId.getAvailableZoneIds() copies ~600 ids per
		// call, and a schedule is built on every booking
		if (!IanaTimeZone.Validator.isKnown(timeZone)) {
			violations.add(new Violation("timeZone", "must be an IANA time zone such as Europe/Paris"));
		}
		if (slotMinutes < MIN_SLOT_MINUTES || slotMinutes > MAX_SLOT_MINUTES) {
			violations.add(new Violation("slotMinutes",
					"must be between " + MIN_SLOT_MINUTES + " and " + MAX_SLOT_MINUTES + " minutes"));
		}
		// indexed access below: a copy that has it, whatever list the caller passed
		List<WorkingHours> ranges = (hours != null) ? List.copyOf(hours) : List.of();
		if (ranges.isEmpty()) {
			violations.add(new Violation("weeklyHours", "must contain at least one range of hours"));
		}
		else {
			checkRanges(ranges, slotMinutes, violations);
		}
		if (!violations.isEmpty()) {
			throw new InvalidScheduleException(violations);
		}
		return new WeeklySchedule(doctorId, ZoneId.of(timeZone), slotMinutes, ranges);
	}

	private static void checkRanges(List<WorkingHours> hours, int slotMinutes, List<Violation> violations) {
		for (int i = 0; i < hours.size() && violations.size() < MAX_VIOLATIONS; i++) {
			WorkingHours range = hours.get(i);
			String field = "weeklyHours[" + i + "].end";
			if (!range.isForward()) {
				violations.add(new Violation(field, "must be after start"));
			}
			else if (minutesOf(range.end()) - minutesOf(range.start()) < slotMinutes) {
				violations.add(new Violation(field, "must leave room for at least one slot"));
			}
		}
		if (violations.size() < MAX_VIOLATIONS) {
			checkOverlaps(hours, violations);
		}
	}

	/**
	 * Sorted by day and start, a range overlaps an earlier one exactly when it starts
	 * before the latest end seen so far that day. So one pass after an O(n log n) sort
	 * finds every range that overlaps another, and names it once, against the range
	 * reaching furthest; comparing every pair would be quadratic in the input.
	 */
	private static void checkOverlaps(List<WorkingHours> hours, List<Violation> violations) {
		List<Integer> byDayAndStart = IntStream.range(0, hours.size())
			.filter(i -> hours.get(i).isForward())
			.boxed()
			.sorted(Comparator.comparing(hours::get, BY_DAY_AND_START))
			.toList();
		int furthest = -1;
		for (int i : byDayAndStart) {
			WorkingHours range = hours.get(i);
			WorkingHours reach = (furthest >= 0) ? hours.get(furthest) : null;
			if (reach != null && reach.overlaps(range)) {
				violations.add(new Violation("weeklyHours[" + i + "]",
						"overlaps weeklyHours[" + furthest + "] on " + range.day()));
				if (violations.size() >= MAX_VIOLATIONS) {
					return;
				}
			}
			if (reach == null || reach.day() != range.day() || range.end().isAfter(reach.end())) {
				furthest = i;
			}
		}
	}

	public String doctorId() {
		return this.doctorId;
	}

	public ZoneId zone() {
		return this.zone;
	}

	public int slotMinutes() {
		return this.slotMinutes;
	}

	public List<WorkingHours> hours() {
		return this.hours;
	}

	/** The slots of one local date of the doctor's zone, in time order. */
	public List<Slot> slotsOn(LocalDate date) {
		return slotsIn(date, hoursOn(date));
	}

	/** The weekly ranges of hours of that date's weekday, in time order. */
	List<TimeRange> hoursOn(LocalDate date) {
		List<TimeRange> ranges = new ArrayList<>();
		for (WorkingHours range : this.hours) {
			if (range.day() == date.getDayOfWeek()) {
				ranges.add(new TimeRange(range.start(), range.end()));
			}
		}
		return ranges;
	}

	/** The slots the ranges of one local date yield on this schedule's grid, in order. */
	List<Slot> slotsIn(LocalDate date, List<TimeRange> ranges) {
		List<Slot> slots = new ArrayList<>();
		for (TimeRange range : ranges) {
			for (int minute = minutesOf(range.start()); minute
					+ this.slotMinutes <= minutesOf(range.end()); minute += this.slotMinutes) {
				slotAt(date.atTime(LocalTime.ofSecondOfDay(minute * 60L))).ifPresent(slots::add);
			}
		}
		slots.sort(Comparator.comparing(Slot::start));
		return slots;
	}

	/**
	 * The slots starting in {@code [from, to)}, in time order. The work grows with the
	 * number of days: callers bound the period (a slot window is at most 31 days).
	 */
	public List<Slot> slotsBetween(Instant from, Instant to) {
		List<Slot> slots = new ArrayList<>();
		if (!convertible(from) || !convertible(to)) {
			return slots;
		}
		LocalDate last = to.atZone(this.zone).toLocalDate();
		for (LocalDate date = from.atZone(this.zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
			for (Slot slot : slotsOn(date)) {
				if (!slot.start().isBefore(from) && slot.start().isBefore(to)) {
					slots.add(slot);
				}
			}
		}
		return slots;
	}

	/** The slot that starts exactly at {@code start}, if the grid has one. */
	public Optional<Slot> slotStartingAt(Instant start) {
		if (!convertible(start)) {
			return Optional.empty();
		}
		return slotsOn(start.atZone(this.zone).toLocalDate()).stream()
			.filter(slot -> slot.start().equals(start))
			.findFirst();
	}

	private Optional<Slot> slotAt(LocalDateTime local) {
		// a local time inside a daylight-saving gap does not exist that day: no slot
		if (this.zone.getRules().getValidOffsets(local).isEmpty()) {
			return Optional.empty();
		}
		Instant start = ZonedDateTime.ofLocal(local, this.zone, null).toInstant();
		return Optional.of(new Slot(this.doctorId, start, start.plus(Duration.ofMinutes(this.slotMinutes))));
	}

	static boolean convertible(Instant instant) {
		return !instant.isBefore(FIRST_CONVERTIBLE) && !instant.isAfter(LAST_CONVERTIBLE);
	}

	private static int minutesOf(LocalTime time) {
		return time.toSecondOfDay() / 60;
	}

}
