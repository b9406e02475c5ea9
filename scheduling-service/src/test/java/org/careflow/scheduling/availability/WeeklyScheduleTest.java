package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class WeeklyScheduleTest {

	private static final String DOCTOR = "doctor-1";

	private static WorkingHours hours(DayOfWeek day, String start, String end) {
		return new WorkingHours(day, LocalTime.parse(start), LocalTime.parse(end));
	}

	private static WeeklySchedule paris(int slotMinutes, WorkingHours... hours) {
		return WeeklySchedule.of(DOCTOR, "Europe/Paris", slotMinutes, List.of(hours));
	}

	@Test
	void cutsEachRangeIntoSlotsOfTheDoctorsLength() {
		WeeklySchedule schedule = paris(30, hours(DayOfWeek.MONDAY, "09:00", "10:30"));

		List<Slot> slots = schedule.slotsOn(LocalDate.parse("2030-01-07"));

		assertThat(slots).extracting(Slot::start)
			.containsExactly(Instant.parse("2030-01-07T08:00:00Z"), Instant.parse("2030-01-07T08:30:00Z"),
					Instant.parse("2030-01-07T09:00:00Z"));
		assertThat(slots.get(0).end()).isEqualTo(Instant.parse("2030-01-07T08:30:00Z"));
	}

	@Test
	void aLastPieceShorterThanASlotIsNotOffered() {
		WeeklySchedule schedule = paris(45, hours(DayOfWeek.MONDAY, "09:00", "10:00"));

		assertThat(schedule.slotsOn(LocalDate.parse("2030-01-07"))).hasSize(1);
	}

	@Test
	void slotsKeepTheLocalWallClockTimeAcrossTheSpringDaylightSavingChange() {
		WeeklySchedule schedule = paris(60, hours(DayOfWeek.SATURDAY, "09:00", "10:00"),
				hours(DayOfWeek.MONDAY, "09:00", "10:00"));

		// Paris moves from UTC+1 to UTC+2 on Sunday 2026-03-29
		List<Slot> slots = schedule.slotsBetween(Instant.parse("2026-03-28T00:00:00Z"),
				Instant.parse("2026-03-31T00:00:00Z"));

		assertThat(slots).extracting(Slot::start)
			.containsExactly(Instant.parse("2026-03-28T08:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"));
	}

	@Test
	void localTimesSkippedByTheDaylightSavingGapYieldNoSlot() {
		WeeklySchedule schedule = paris(60, hours(DayOfWeek.SUNDAY, "01:00", "04:00"));

		List<Slot> slots = schedule.slotsOn(LocalDate.parse("2026-03-29"));

		// 01:00 CET, (02:00 does not exist), 03:00 CEST
		assertThat(slots).extracting(Slot::start)
			.containsExactly(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T01:00:00Z"));
	}

	@Test
	void slotsOfTheAutumnChangeDayLastTheirFullLength() {
		WeeklySchedule schedule = paris(30, hours(DayOfWeek.SUNDAY, "09:00", "10:00"));

		// Paris moves back from UTC+2 to UTC+1 on Sunday 2026-10-25
		List<Slot> slots = schedule.slotsOn(LocalDate.parse("2026-10-25"));

		assertThat(slots).extracting(Slot::start)
			.containsExactly(Instant.parse("2026-10-25T08:00:00Z"), Instant.parse("2026-10-25T08:30:00Z"));
		assertThat(slots.get(1).end()).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
	}

	@Test
	void findsTheSlotStartingExactlyOnTheGrid() {
		WeeklySchedule schedule = paris(30, hours(DayOfWeek.MONDAY, "09:00", "12:00"));

		assertThat(schedule.slotStartingAt(Instant.parse("2030-01-07T09:30:00Z")))
			.hasValueSatisfying(slot -> assertThat(slot.end()).isEqualTo(Instant.parse("2030-01-07T10:00:00Z")));
	}

	@Test
	void aStartOffTheGridOrOutsideTheHoursIsNoSlot() {
		WeeklySchedule schedule = paris(30, hours(DayOfWeek.MONDAY, "09:00", "12:00"));

		assertThat(schedule.slotStartingAt(Instant.parse("2030-01-07T09:10:00Z"))).isEmpty();
		assertThat(schedule.slotStartingAt(Instant.parse("2030-01-07T11:00:00Z"))).isEmpty();
		assertThat(schedule.slotStartingAt(Instant.parse("2030-01-08T08:00:00Z"))).isEmpty();
	}

	@Test
	void slotsBetweenIncludeFromAndExcludeTo() {
		WeeklySchedule schedule = paris(30, hours(DayOfWeek.MONDAY, "09:00", "12:00"));

		List<Slot> slots = schedule.slotsBetween(Instant.parse("2030-01-07T08:30:00Z"),
				Instant.parse("2030-01-07T09:30:00Z"));

		assertThat(slots).extracting(Slot::start)
			.containsExactly(Instant.parse("2030-01-07T08:30:00Z"), Instant.parse("2030-01-07T09:00:00Z"));
	}

	@Test
	void rejectsAZoneThatIsNotIana() {
		assertThatExceptionOfType(InvalidScheduleException.class).isThrownBy(
				() -> WeeklySchedule.of(DOCTOR, "Mars/Olympus", 30, List.of(hours(DayOfWeek.MONDAY, "09:00", "12:00"))))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactly("timeZone"));
	}

	@Test
	void rejectsARangeEndingBeforeItStarts() {
		assertThatExceptionOfType(InvalidScheduleException.class).isThrownBy(
				() -> paris(30, hours(DayOfWeek.MONDAY, "09:00", "12:00"), hours(DayOfWeek.TUESDAY, "12:00", "09:00")))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactly("weeklyHours[1].end"));
	}

	@Test
	void rejectsOverlappingRangesOnOneDay() {
		assertThatExceptionOfType(InvalidScheduleException.class).isThrownBy(
				() -> paris(30, hours(DayOfWeek.MONDAY, "09:00", "12:00"), hours(DayOfWeek.MONDAY, "11:30", "13:00")))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactly("weeklyHours[1]"));
	}

	@Test
	void namesTheRangeThatStartsLaterWhateverTheOrderSent() {
		assertThatExceptionOfType(InvalidScheduleException.class).isThrownBy(
				() -> paris(30, hours(DayOfWeek.MONDAY, "11:30", "13:00"), hours(DayOfWeek.MONDAY, "09:00", "12:00")))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactly("weeklyHours[0]"));
	}

	@Test
	void findsARangeInsideALongOneEvenWhenTheRangeBeforeItEndedEarlier() {
		// sorted: 08-18, 09-10, 12-13; 12-13 does not overlap its neighbour 09-10, but
		// 08-18
		assertThatExceptionOfType(InvalidScheduleException.class)
			.isThrownBy(() -> paris(30, hours(DayOfWeek.MONDAY, "12:00", "13:00"),
					hours(DayOfWeek.MONDAY, "08:00", "18:00"), hours(DayOfWeek.MONDAY, "09:00", "10:00")))
			.satisfies(ex -> assertThat(ex.violations())
				.extracting(InvalidScheduleException.Violation::field, InvalidScheduleException.Violation::message)
				.containsExactly(tuple("weeklyHours[2]", "overlaps weeklyHours[1] on MONDAY"),
						tuple("weeklyHours[0]", "overlaps weeklyHours[1] on MONDAY")));
	}

	@Test
	void aRangeEndingBeforeItStartsIsNotAlsoReportedAsOverlapping() {
		assertThatExceptionOfType(InvalidScheduleException.class).isThrownBy(
				() -> paris(30, hours(DayOfWeek.MONDAY, "09:00", "12:00"), hours(DayOfWeek.MONDAY, "11:00", "10:00")))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactly("weeklyHours[1].end"));
	}

	@Test
	void reportsTheFirstTwentyFaultsOnly() {
		List<WorkingHours> reversed = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			reversed.add(hours(DayOfWeek.MONDAY, "12:00", "09:00"));
		}

		assertThatExceptionOfType(InvalidScheduleException.class)
			.isThrownBy(() -> WeeklySchedule.of(DOCTOR, "Mars/Olympus", 30, reversed))
			.satisfies(ex -> assertThat(ex.violations()).hasSize(WeeklySchedule.MAX_VIOLATIONS)
				.extracting(InvalidScheduleException.Violation::field)
				.startsWith("timeZone", "weeklyHours[0].end")
				.endsWith("weeklyHours[18].end"));
	}

	/**
	 * The security probe's attack, far beyond what a request may carry: compared pair by
	 * pair, 100,000 ranges take billions of steps and errors (minutes, or the heap);
	 * sorted, well under a second.
	 */
	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
	void aHundredThousandClashingRangesAreCheckedWithoutComparingEveryPair() {
		List<WorkingHours> ranges = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			LocalTime start = LocalTime.of(0, 0).plusMinutes(i % 1_380);
			ranges.add(new WorkingHours(DayOfWeek.of(1 + i % 7), start, start.plusMinutes(60)));
		}

		assertThatExceptionOfType(InvalidScheduleException.class)
			.isThrownBy(() -> WeeklySchedule.of(DOCTOR, "UTC", 30, ranges))
			.satisfies(ex -> assertThat(ex.violations()).hasSize(WeeklySchedule.MAX_VIOLATIONS)
				.allSatisfy(violation -> assertThat(violation.message()).startsWith("overlaps")));
	}

	@Test
	void aWholeWeekOfFiveMinuteRangesBackToBackIsAccepted() {
		List<WorkingHours> ranges = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			for (int minute = 0; minute < 23 * 60 + 55; minute += 5) {
				LocalTime start = LocalTime.MIDNIGHT.plusMinutes(minute);
				ranges.add(new WorkingHours(day, start, start.plusMinutes(5)));
			}
		}

		assertThat(WeeklySchedule.of(DOCTOR, "UTC", 5, ranges).hours()).hasSize(7 * 287);
	}

	@Test
	void instantsAtTheEndsOfTheTimeLineHaveNoSlot() {
		WeeklySchedule schedule = paris(30, hours(DayOfWeek.MONDAY, "09:00", "12:00"));

		assertThat(schedule.slotStartingAt(Instant.MAX)).isEmpty();
		assertThat(schedule.slotStartingAt(Instant.MIN)).isEmpty();
		assertThat(schedule.slotsBetween(Instant.MAX.minusSeconds(86_400), Instant.MAX)).isEmpty();
		assertThat(schedule.slotsBetween(Instant.MIN, Instant.MIN.plusSeconds(86_400))).isEmpty();
	}

	@Test
	void rangesThatTouchOrFallOnOtherDaysDoNotOverlap() {
		WeeklySchedule schedule = paris(30, hours(DayOfWeek.MONDAY, "09:00", "12:00"),
				hours(DayOfWeek.MONDAY, "12:00", "13:00"), hours(DayOfWeek.TUESDAY, "09:00", "12:00"));

		assertThat(schedule.hours()).hasSize(3);
	}

	@Test
	void rejectsNoHoursAndSlotLengthsOutOfRange() {
		assertThatExceptionOfType(InvalidScheduleException.class)
			.isThrownBy(() -> WeeklySchedule.of(DOCTOR, "UTC", 4, List.of()))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactlyInAnyOrder("slotMinutes", "weeklyHours"));
		assertThatExceptionOfType(InvalidScheduleException.class).isThrownBy(
				() -> WeeklySchedule.of(DOCTOR, "UTC", 241, List.of(hours(DayOfWeek.MONDAY, "00:00", "23:00"))));
	}

}
