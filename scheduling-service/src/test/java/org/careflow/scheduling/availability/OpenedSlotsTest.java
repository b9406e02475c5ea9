package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careflow.scheduling.availability.ScheduleException.Block;
import org.careflow.scheduling.availability.ScheduleException.DateOverride;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slots a schedule change opens, on a doctor working Mondays 09:00-12:00 UTC in
 * 30-minute slots, booked a week ahead at most; "now" is the Sunday before at noon, so
 * one Monday is bookable.
 */
class OpenedSlotsTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final LocalDate MONDAY = LocalDate.parse("2030-01-07");

	static final BookingRules WEEK_AHEAD = BookingRules.of(120, 7, 0);

	static final DoctorAvailability MONDAYS = mondays("09:00", "12:00", WEEK_AHEAD);

	static DoctorAvailability mondays(String start, String end, BookingRules rules, ScheduleException... exceptions) {
		return DoctorAvailability.of(
				WeeklySchedule.of("doctor-1", "UTC", 30,
						List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.parse(start), LocalTime.parse(end)))),
				rules, List.of(exceptions));
	}

	static Instant at(LocalDate date, String time) {
		return Instant.parse(date + "T" + time + ":00Z");
	}

	static Slot slot(LocalDate date, String time) {
		return new Slot("doctor-1", at(date, time), at(date, time).plus(Duration.ofMinutes(30)));
	}

	static List<String> opened(DoctorAvailability before, DoctorAvailability after, Slot... taken) {
		return OpenedSlots.of(Optional.of(before), after, NOW)
			.lessTaken(List.of(taken))
			.stream()
			.map(slot -> slot.start().toString())
			.toList();
	}

	@Test
	void longerHoursOpenTheirNewSlotsSoonestFirst() {
		assertThat(opened(MONDAYS, mondays("08:00", "13:00", WEEK_AHEAD))).containsExactly("2030-01-07T08:00:00Z",
				"2030-01-07T08:30:00Z", "2030-01-07T12:00:00Z", "2030-01-07T12:30:00Z");
	}

	@Test
	void aBookedOrHeldSlotInTheNewHoursIsNotOpened() {
		assertThat(opened(MONDAYS, mondays("08:00", "13:00", WEEK_AHEAD), slot(MONDAY, "12:00")))
			.containsExactly("2030-01-07T08:00:00Z", "2030-01-07T08:30:00Z", "2030-01-07T12:30:00Z");
	}

	@Test
	void theSameOrShorterHoursOpenNothingAndNeedNoBookings() {
		for (DoctorAvailability after : List.of(MONDAYS, mondays("10:00", "12:00", WEEK_AHEAD))) {
			OpenedSlots opened = OpenedSlots.of(Optional.of(MONDAYS), after, NOW);
			assertThat(opened.none()).isTrue();
			assertThat(opened.lessTaken(List.of())).isEmpty();
		}
	}

	@Test
	void aBlockRemovedOpensTheSlotsItTookAway() {
		Block training = Block.of("b-1", at(MONDAY, "09:00"), at(MONDAY, "10:00"), BlockReason.TRAINING, NOW);
		DoctorAvailability blocked = mondays("09:00", "12:00", WEEK_AHEAD, training);

		assertThat(opened(blocked, blocked.withoutException("b-1").orElseThrow()))
			.containsExactly("2030-01-07T09:00:00Z", "2030-01-07T09:30:00Z");
		assertThat(opened(MONDAYS, blocked)).as("adding it opens nothing").isEmpty();
	}

	@Test
	void anOverrideOpensTheHoursItAddsAndNotThoseItTakesAway() {
		DoctorAvailability added = MONDAYS.withException(
				DateOverride.of("o-1", MONDAY.plusDays(1), DateOverride.Mode.ADD,
						List.of(new TimeRange(LocalTime.of(14, 0), LocalTime.of(15, 0))), 30, MONDAYS.zone(), NOW),
				NOW);
		DoctorAvailability replaced = MONDAYS.withException(
				DateOverride.of("o-2", MONDAY, DateOverride.Mode.REPLACE,
						List.of(new TimeRange(LocalTime.of(11, 0), LocalTime.of(13, 0))), 30, MONDAYS.zone(), NOW),
				NOW);

		assertThat(opened(MONDAYS, added)).containsExactly("2030-01-08T14:00:00Z", "2030-01-08T14:30:00Z");
		assertThat(opened(MONDAYS, replaced)).containsExactly("2030-01-07T12:00:00Z", "2030-01-07T12:30:00Z");
	}

	@Test
	void looserRulesOpenTheSlotsTheyLetPatientsBook() {
		assertThat(opened(MONDAYS, mondays("09:00", "12:00", BookingRules.of(120, 14, 0)))).hasSize(6)
			.allMatch(start -> start.startsWith("2030-01-14"));
		BookingRules buffered = BookingRules.of(120, 7, 30);
		assertThat(opened(mondays("09:00", "12:00", buffered), MONDAYS, slot(MONDAY, "10:00")))
			.as("a shorter buffer frees the neighbours of a booking")
			.containsExactly("2030-01-07T09:30:00Z", "2030-01-07T10:30:00Z");
	}

	@Test
	void aNewScheduleOpensItsFreeSlotsWithinNoticeAndHorizon() {
		Instant soon = Instant.parse("2030-01-07T08:00:00Z");
		List<Slot> opened = OpenedSlots.of(Optional.empty(), MONDAYS, soon).lessTaken(List.of());

		// 09:00 and 09:30 lie within the two hours' notice; the next Monday is a week
		// away at 09:00, after the horizon ends at 08:00
		assertThat(opened).extracting(slot -> slot.start().toString())
			.containsExactly("2030-01-07T10:00:00Z", "2030-01-07T10:30:00Z", "2030-01-07T11:00:00Z",
					"2030-01-07T11:30:00Z");
	}

	@Test
	void aYearOfAFineGridIsAnnouncedUpToTheLimitSoonestFirst() {
		List<WorkingHours> allWeek = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			allWeek.add(new WorkingHours(day, LocalTime.of(0, 0), LocalTime.of(23, 55)));
		}
		DoctorAvailability fine = DoctorAvailability.of(WeeklySchedule.of("doctor-1", "UTC", 5, allWeek),
				BookingRules.of(0, 365, 0), List.of());

		List<Slot> opened = OpenedSlots.of(Optional.of(MONDAYS), fine, NOW).lessTaken(List.of());

		assertThat(opened).hasSize(OpenedSlots.MAX_PER_CHANGE);
		assertThat(opened.getFirst().start()).isEqualTo(Instant.parse("2030-01-06T12:05:00Z"));
		assertThat(opened).isSortedAccordingTo(java.util.Comparator.comparing(Slot::start));
	}

}
