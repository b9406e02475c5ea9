package org.careflow.scheduling.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.careflow.scheduling.availability.InvalidScheduleException.Violation;
import org.careflow.scheduling.availability.ScheduleException.Block;
import org.careflow.scheduling.availability.ScheduleException.DateOverride;

/**
 * When a doctor can be booked: their weekly hours, changed on some dates by
 * {@link DateOverride}s, less the time they {@link Block}ed, under their
 * {@link BookingRules}. The buffer between visits depends on the other bookings and is
 * checked where those are known.
 */
public final class DoctorAvailability {

	/** Upcoming exceptions a doctor may have at once; past ones are dropped on write. */
	public static final int MAX_EXCEPTIONS = 200;

	private static final Duration MAX_SLOT = Duration.ofMinutes(WeeklySchedule.MAX_SLOT_MINUTES);

	private static final Comparator<ScheduleException> BY_START = Comparator.comparing(ScheduleException::id);

	private final WeeklySchedule weekly;

	private final BookingRules rules;

	private final List<ScheduleException> exceptions;

	private final Map<LocalDate, DateOverride> overrides = new HashMap<>();

	private final List<Block> blocks = new ArrayList<>();

	/** A retired doctor (deactivated by an admin) has no hours any more. */
	private final boolean retired;

	private DoctorAvailability(WeeklySchedule weekly, BookingRules rules, List<ScheduleException> exceptions,
			boolean retired) {
		this.weekly = weekly;
		this.rules = rules;
		this.retired = retired;
		this.exceptions = exceptions.stream()
			.sorted(Comparator.comparing((ScheduleException exception) -> exception.start(weekly.zone()))
				.thenComparing(BY_START))
			.toList();
		for (ScheduleException exception : this.exceptions) {
			switch (exception) {
				case Block block -> this.blocks.add(block);
				case DateOverride override -> this.overrides.put(override.date(), override);
			}
		}
	}

	public static DoctorAvailability of(WeeklySchedule weekly) {
		return of(weekly, BookingRules.defaults(), List.of());
	}

	public static DoctorAvailability of(WeeklySchedule weekly, BookingRules rules,
			List<? extends ScheduleException> exceptions) {
		return new DoctorAvailability(weekly, rules, List.copyOf(exceptions), false);
	}

	public String doctorId() {
		return this.weekly.doctorId();
	}

	public WeeklySchedule weekly() {
		return this.weekly;
	}

	public BookingRules rules() {
		return this.rules;
	}

	public ZoneId zone() {
		return this.weekly.zone();
	}

	/** Every stored exception, in time order. */
	public List<ScheduleException> exceptions() {
		return this.exceptions;
	}

	/** The exceptions that have not ended yet, in time order. */
	public List<ScheduleException> upcoming(Instant now) {
		return this.exceptions.stream().filter(exception -> exception.end(zone()).isAfter(now)).toList();
	}

	/**
	 * Whether the doctor was retired: no slot is offered, held or claimed any more, and
	 * no booking fits. Changes of hours and exceptions keep it retired.
	 */
	public boolean retired() {
		return this.retired;
	}

	/** This availability of a doctor who no longer takes bookings. */
	public DoctorAvailability retire() {
		return new DoctorAvailability(this.weekly, this.rules, this.exceptions, true);
	}

	/** Other weekly hours and rules; the exceptions stay. */
	public DoctorAvailability withHours(WeeklySchedule weekly, BookingRules rules) {
		return new DoctorAvailability(weekly, rules, this.exceptions, this.retired);
	}

	/**
	 * This availability with one more exception; those that have ended are dropped.
	 * @throws InvalidScheduleException naming {@code date} if that date has an override
	 * already
	 * @throws ExceptionLimitException if {@value #MAX_EXCEPTIONS} are upcoming already
	 */
	public DoctorAvailability withException(ScheduleException exception, Instant now) {
		List<ScheduleException> kept = new ArrayList<>(upcoming(now));
		if (exception instanceof DateOverride override && this.overrides.containsKey(override.date())) {
			throw new InvalidScheduleException(
					List.of(new Violation("date", "has an override already; delete it first")));
		}
		if (kept.size() >= MAX_EXCEPTIONS) {
			throw new ExceptionLimitException(MAX_EXCEPTIONS);
		}
		kept.add(exception);
		return new DoctorAvailability(this.weekly, this.rules, kept, this.retired);
	}

	/** This availability without the exception of that id, if it has one. */
	public Optional<DoctorAvailability> withoutException(String exceptionId) {
		List<ScheduleException> kept = this.exceptions.stream()
			.filter(exception -> !exception.id().equals(exceptionId))
			.toList();
		return (kept.size() == this.exceptions.size()) ? Optional.empty()
				: Optional.of(new DoctorAvailability(this.weekly, this.rules, kept, this.retired));
	}

	/**
	 * The slots starting in {@code [from, to)}, in time order: the weekly grid and the
	 * date overrides, less blocked time. The booking rules are not applied. Callers bound
	 * the period.
	 */
	public List<Slot> slotsBetween(Instant from, Instant to) {
		return slotsBetween(from, to, true);
	}

	private List<Slot> slotsBetween(Instant from, Instant to, boolean lessBlocks) {
		List<Slot> slots = new ArrayList<>();
		if (!WeeklySchedule.convertible(from) || !WeeklySchedule.convertible(to)) {
			return slots;
		}
		List<Block> blocking = lessBlocks ? this.blocks.stream().filter(block -> block.overlaps(from, to)).toList()
				: List.of();
		LocalDate last = to.atZone(zone()).toLocalDate();
		for (LocalDate date = from.atZone(zone()).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
			for (Slot slot : slotsOn(date)) {
				if (!slot.start().isBefore(from) && slot.start().isBefore(to) && !blocked(slot, blocking)) {
					slots.add(slot);
				}
			}
		}
		return slots;
	}

	/** The grid of one local date, overrides applied, blocks not. */
	List<Slot> slotsOn(LocalDate date) {
		TreeMap<Instant, Slot> byStart = new TreeMap<>();
		for (Slot slot : this.weekly.slotsIn(date, hoursOn(date))) {
			byStart.putIfAbsent(slot.start(), slot);
		}
		return List.copyOf(byStart.values());
	}

	/** The ranges of hours of one local date, overrides applied; none once retired. */
	List<TimeRange> hoursOn(LocalDate date) {
		if (this.retired) {
			return List.of();
		}
		DateOverride override = this.overrides.get(date);
		if (override == null) {
			return this.weekly.hoursOn(date);
		}
		if (override.mode() == DateOverride.Mode.REPLACE) {
			return override.hours();
		}
		List<TimeRange> hours = new ArrayList<>(this.weekly.hoursOn(date));
		hours.addAll(override.hours());
		return hours;
	}

	/**
	 * The slot starting at {@code start} if the rules (but the buffer) let a patient book
	 * it now.
	 * @param start an instant within the booking horizon (callers check that first)
	 * @throws SlotUnavailableException naming the rule it breaks
	 */
	public Slot requireBookable(Instant start, Instant now) {
		if (this.retired) {
			throw new SlotUnavailableException(Rule.UNAVAILABLE, "The doctor no longer takes bookings.");
		}
		Slot slot = slotsOn(start.atZone(zone()).toLocalDate()).stream()
			.filter(candidate -> candidate.start().equals(start))
			.findFirst()
			.orElseThrow(() -> new SlotUnavailableException(Rule.OUTSIDE_HOURS,
					"No slot of this doctor starts at " + start + " (outside their hours or off the slot grid)."));
		if (blocked(slot, this.blocks)) {
			throw new SlotUnavailableException(Rule.UNAVAILABLE, "The doctor is unavailable at " + start + ".");
		}
		this.rules.check(slot, now);
		return slot;
	}

	/** Whether the rules (but the buffer) let a patient book this slot now. */
	public boolean allows(Slot slot, Instant now) {
		return this.rules.allow(slot, now);
	}

	/**
	 * Whether a visit {@code [start, end)} lies within the doctor's hours of its date and
	 * outside blocked time: whether a booking made earlier still fits.
	 */
	public boolean covers(Instant start, Instant end) {
		if (!WeeklySchedule.convertible(start) || !WeeklySchedule.convertible(end)) {
			return false;
		}
		LocalDateTime from = start.atZone(zone()).toLocalDateTime();
		LocalDateTime to = end.atZone(zone()).toLocalDateTime();
		boolean sameDay = from.toLocalDate().equals(to.toLocalDate());
		boolean withinHours = sameDay && hoursOn(from.toLocalDate()).stream()
			.anyMatch(range -> range.contains(from.toLocalTime(), to.toLocalTime()));
		return withinHours && this.blocks.stream().noneMatch(block -> block.overlaps(start, end));
	}

	/**
	 * The grid slots (blocked or not) close enough to {@code slot} that a visit in one
	 * keeps the other free of bookings under the buffer; none without a buffer.
	 */
	public List<Slot> withinBuffer(Slot slot) {
		if (this.rules.buffer().isZero()) {
			return List.of();
		}
		return slotsBetween(slot.start().minus(this.rules.buffer()).minus(MAX_SLOT),
				slot.end().plus(this.rules.buffer()), false)
			.stream()
			.filter(other -> !other.key().equals(slot.key()) && tooClose(slot, other))
			.toList();
	}

	/**
	 * The period whose grid slots {@link #free} needs to know the bookings of, to list
	 * the free slots of {@code [from, to)}: wider by the buffer and a slot.
	 */
	public List<Slot> neighbourhood(Instant from, Instant to) {
		if (this.rules.buffer().isZero()) {
			return slotsBetween(from, to, false);
		}
		return slotsBetween(from.minus(this.rules.buffer()).minus(MAX_SLOT), to.plus(this.rules.buffer()), false);
	}

	/**
	 * Of the {@code candidates}, those neither {@code taken} nor within the buffer of a
	 * taken slot, in order. Each candidate looks only at the taken slots that could be
	 * near it: O((n + m) log m).
	 * @param taken slots booked or held
	 */
	public List<Slot> free(List<Slot> candidates, Collection<Slot> taken) {
		TreeMap<Instant, Slot> byStart = new TreeMap<>();
		taken.forEach(slot -> byStart.put(slot.start(), slot));
		Duration reach = this.rules.buffer().plus(MAX_SLOT);
		List<Slot> free = new ArrayList<>();
		for (Slot candidate : candidates) {
			boolean clear = byStart.subMap(candidate.start().minus(reach), true, candidate.end().plus(reach), false)
				.values()
				.stream()
				.noneMatch(other -> other.key().equals(candidate.key())
						|| (!this.rules.buffer().isZero() && tooClose(candidate, other)));
			if (clear) {
				free.add(candidate);
			}
		}
		return free;
	}

	private boolean tooClose(Slot one, Slot other) {
		Duration buffer = this.rules.buffer();
		return one.start().isBefore(other.end().plus(buffer)) && other.start().isBefore(one.end().plus(buffer));
	}

	private static boolean blocked(Slot slot, List<Block> blocks) {
		for (Block block : blocks) {
			if (block.overlaps(slot.start(), slot.end())) {
				return true;
			}
		}
		return false;
	}

}
