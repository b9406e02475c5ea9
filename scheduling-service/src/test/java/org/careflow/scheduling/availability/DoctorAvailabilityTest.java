package org.careflow.scheduling.availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.careflow.scheduling.availability.ScheduleException.Block;
import org.careflow.scheduling.availability.ScheduleException.DateOverride;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Exceptions and booking rules on a doctor working Mondays 09:00-12:00 UTC in 30-minute
 * slots; "now" is the Sunday before at noon.
 */
class DoctorAvailabilityTest {

	static final Instant NOW = Instant.parse("2030-01-06T12:00:00Z");

	static final LocalDate MONDAY = LocalDate.parse("2030-01-07");

	static final WeeklySchedule WEEKLY = WeeklySchedule.of("doctor-1", "UTC", 30,
			List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));

	static Instant monday(String time) {
		return Instant.parse(MONDAY + "T" + time + ":00Z");
	}

	static DoctorAvailability with(BookingRules rules, ScheduleException... exceptions) {
		return DoctorAvailability.of(WEEKLY, rules, List.of(exceptions));
	}

	static List<String> starts(List<Slot> slots) {
		return slots.stream().map(slot -> slot.start().toString().substring(11, 16)).toList();
	}

	static Block block(String from, String to) {
		return Block.of("b-1", monday(from), monday(to), BlockReason.TRAINING, NOW);
	}

	@Test
	void aBlockTakesAwayEverySlotItTouchesAndAClaimThereBreaksTheUnavailableRule() {
		DoctorAvailability availability = with(BookingRules.defaults(), block("09:45", "10:30"));

		assertThat(starts(availability.slotsBetween(monday("00:00"), monday("23:00")))).containsExactly("09:00",
				"10:30", "11:00", "11:30");
		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> availability.requireBookable(monday("10:00"), NOW))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.UNAVAILABLE));
		assertThat(availability.requireBookable(monday("10:30"), NOW).end()).isEqualTo(monday("11:00"));
	}

	@Test
	void aRetiredDoctorOffersNoSlotKeepsNoBookingAndStaysRetiredThroughChanges() {
		DoctorAvailability retired = with(BookingRules.defaults()).retire();

		assertThat(retired.slotsBetween(monday("00:00"), monday("23:00"))).isEmpty();
		assertThat(retired.covers(monday("09:00"), monday("09:30"))).isFalse();
		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> retired.requireBookable(monday("09:00"), NOW))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.UNAVAILABLE));
		DoctorAvailability changed = retired.withHours(WEEKLY, BookingRules.of(0, 30, 0))
			.withException(block("09:00", "10:00"), NOW);
		assertThat(changed.retired()).isTrue();
		assertThat(changed.slotsBetween(monday("00:00"), monday("23:00"))).isEmpty();
		assertThat(with(BookingRules.defaults()).retired()).isFalse();
	}

	@Test
	void aReplacingOverrideStandsInsteadOfTheWeekdaysHoursAndAnAddingOneAddsToThem() {
		DoctorAvailability replaced = with(BookingRules.defaults(), DateOverride.of("o-1", MONDAY,
				DateOverride.Mode.REPLACE, List.of(range("14:00", "15:00")), 30, WEEKLY.zone(), NOW));
		DoctorAvailability added = with(BookingRules.defaults(), DateOverride.of("o-1", MONDAY, DateOverride.Mode.ADD,
				List.of(range("14:00", "15:00")), 30, WEEKLY.zone(), NOW));

		assertThat(starts(replaced.slotsBetween(monday("00:00"), monday("23:00")))).containsExactly("14:00", "14:30");
		assertThat(starts(added.slotsBetween(monday("00:00"), monday("23:00")))).containsExactly("09:00", "09:30",
				"10:00", "10:30", "11:00", "11:30", "14:00", "14:30");
		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> replaced.requireBookable(monday("09:00"), NOW))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.OUTSIDE_HOURS));
		// the next Monday keeps its weekly hours
		assertThat(starts(replaced.slotsBetween(monday("00:00").plus(Duration.ofDays(7)),
				monday("23:00").plus(Duration.ofDays(7)))))
			.hasSize(6);
	}

	@Test
	void aClosedDayIsAReplacingOverrideWithoutHours() {
		DoctorAvailability closed = with(BookingRules.defaults(),
				DateOverride.of("o-1", MONDAY, DateOverride.Mode.REPLACE, List.of(), 30, WEEKLY.zone(), NOW));

		assertThat(closed.slotsBetween(monday("00:00"), monday("23:00"))).isEmpty();
		assertThat(closed.covers(monday("09:00"), monday("09:30"))).isFalse();
	}

	@Test
	void theRulesNameWhatIsTooSoonAndTooFar() {
		DoctorAvailability availability = with(BookingRules.of(24 * 60, 2, 0));

		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(
					() -> availability.requireBookable(monday("09:00"), monday("09:00").minus(Duration.ofHours(23))))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.MIN_NOTICE))
			.withMessageContaining("1440 minutes");
		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> availability.requireBookable(monday("09:00"), NOW.minus(Duration.ofDays(2))))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.MAX_DAYS_AHEAD))
			.withMessageContaining("2 days ahead");
		assertThat(availability.requireBookable(monday("09:00"), monday("09:00").minus(Duration.ofHours(25))))
			.isNotNull();
	}

	@Test
	void theDefaultsAreTwoHoursNoticeNinetyDaysAheadAndNoBuffer() {
		DoctorAvailability availability = DoctorAvailability.of(WEEKLY);

		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> availability.requireBookable(monday("09:00"), monday("07:01")))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.MIN_NOTICE));
		assertThat(availability.requireBookable(monday("09:00"), monday("07:00")).start()).isEqualTo(monday("09:00"));
		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> availability.requireBookable(monday("09:00").plus(Duration.ofDays(91)), NOW))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo(Rule.MAX_DAYS_AHEAD));
	}

	@Test
	void aBufferKeepsTheNeighboursOfATakenSlotOutOfTheFreeOnes() {
		DoctorAvailability buffered = with(BookingRules.of(0, 90, 15));
		DoctorAvailability plain = with(BookingRules.defaults());
		List<Slot> all = buffered.slotsBetween(monday("00:00"), monday("23:00"));
		Slot taken = all.get(2);

		assertThat(starts(buffered.free(all, List.of(taken)))).containsExactly("09:00", "11:00", "11:30");
		assertThat(starts(plain.free(all, List.of(taken)))).containsExactly("09:00", "09:30", "10:30", "11:00",
				"11:30");
		assertThat(starts(buffered.withinBuffer(taken))).containsExactly("09:30", "10:30");
		assertThat(plain.withinBuffer(taken)).isEmpty();
	}

	@Test
	void aBookingFitsWhileItsTimeStaysWithinHoursAndUnblocked() {
		DoctorAvailability shorter = DoctorAvailability.of(WeeklySchedule.of("doctor-1", "UTC", 30,
				List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)))));
		DoctorAvailability blocked = with(BookingRules.defaults(), block("11:00", "11:15"));

		assertThat(shorter.covers(monday("09:30"), monday("10:00"))).isTrue();
		assertThat(shorter.covers(monday("10:00"), monday("10:30"))).isFalse();
		assertThat(blocked.covers(monday("11:00"), monday("11:30"))).isFalse();
		assertThat(blocked.covers(monday("10:30"), monday("11:00"))).isTrue();
	}

	@Test
	void oneOverridePerDateAndAtMostTwoHundredUpcomingExceptions() {
		DateOverride first = DateOverride.of("o-1", MONDAY, DateOverride.Mode.ADD, List.of(range("14:00", "15:00")), 30,
				WEEKLY.zone(), NOW);
		DoctorAvailability availability = with(BookingRules.defaults(), first);

		assertThatExceptionOfType(InvalidScheduleException.class)
			.isThrownBy(() -> availability.withException(
					DateOverride.of("o-2", MONDAY, DateOverride.Mode.REPLACE, List.of(), 30, WEEKLY.zone(), NOW), NOW))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactly("date"));

		List<ScheduleException> many = new ArrayList<>();
		for (int i = 0; i < DoctorAvailability.MAX_EXCEPTIONS; i++) {
			many.add(Block.of("b-" + i, monday("09:00").plus(Duration.ofDays(i)),
					monday("10:00").plus(Duration.ofDays(i)), BlockReason.LEAVE, NOW));
		}
		DoctorAvailability full = with(BookingRules.defaults(), many.toArray(ScheduleException[]::new));
		Block more = Block.of("b-x", monday("11:00"), monday("12:00"), BlockReason.OTHER, NOW);
		assertThatExceptionOfType(ExceptionLimitException.class).isThrownBy(() -> full.withException(more, NOW));
		// once the first has ended, it is dropped and there is room again
		assertThat(full.withException(more, monday("10:00")).exceptions()).hasSize(DoctorAvailability.MAX_EXCEPTIONS);
	}

	@Test
	void blocksAndOverridesAreBoundedNamingTheField() {
		assertThatExceptionOfType(InvalidScheduleException.class).isThrownBy(
				() -> Block.of("b", monday("09:00"), monday("09:00").plus(Duration.ofDays(93)), BlockReason.LEAVE, NOW))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactly("end"));
		assertThatExceptionOfType(InvalidScheduleException.class)
			.isThrownBy(() -> Block.of("b", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2)),
					BlockReason.LEAVE, NOW))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactly("start", "end"));
		assertThatExceptionOfType(InvalidScheduleException.class)
			.isThrownBy(() -> DateOverride.of("o", MONDAY, DateOverride.Mode.ADD,
					List.of(range("09:00", "12:00"), range("11:00", "13:00"), range("14:00", "14:10")), 30,
					WEEKLY.zone(), NOW))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactlyInAnyOrder("hours[2].end", "hours[1]"));
		assertThatExceptionOfType(InvalidScheduleException.class)
			.isThrownBy(() -> DateOverride.of("o", LocalDate.parse("2029-12-31"), DateOverride.Mode.ADD,
					List.of(range("09:00", "12:00")), 30, WEEKLY.zone(), NOW))
			.satisfies(ex -> assertThat(ex.violations()).extracting(InvalidScheduleException.Violation::field)
				.containsExactly("date"));
	}

	static TimeRange range(String start, String end) {
		return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
	}

}
