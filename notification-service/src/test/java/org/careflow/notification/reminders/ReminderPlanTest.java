package org.careflow.notification.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.careflow.notification.reminders.ReminderPlan.Due;
import org.careflow.notification.reminders.ReminderPlan.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPlanTest {

	private static final Instant START = Instant.parse("2026-12-02T08:00:00Z");

	private static final List<Duration> DAY_AND_TWO_HOURS = List.of(Duration.ofHours(24), Duration.ofHours(2));

	@Test
	void aBookingDaysAheadGetsOneReminderPerLeadTimeDueThatLongBeforeTheStart() {
		List<Due> reminders = ReminderPlan.remindersOf(START, START.minus(Duration.ofDays(5)), DAY_AND_TWO_HOURS);

		assertThat(reminders).containsExactly(new Due("PT24H", Instant.parse("2026-12-01T08:00:00Z")),
				new Due("PT2H", Instant.parse("2026-12-02T06:00:00Z")));
	}

	@Test
	void aBookingMadeLessThanALeadTimeAheadGetsNoStaleReminderForIt() {
		Instant tenHoursBefore = START.minus(Duration.ofHours(10));

		assertThat(ReminderPlan.remindersOf(START, tenHoursBefore, DAY_AND_TWO_HOURS))
			.containsExactly(new Due("PT2H", Instant.parse("2026-12-02T06:00:00Z")));
		assertThat(ReminderPlan.remindersOf(START, START.minus(Duration.ofMinutes(30)), DAY_AND_TWO_HOURS)).isEmpty();
	}

	@Test
	void aReminderIsSentFromItsDueTimeUntilTheAppointmentStartsWithinTheLatenessAllowed() {
		Instant due = START.minus(Duration.ofHours(24));
		Duration lateness = Duration.ofHours(12);

		assertThat(ReminderPlan.verdict(due.minusSeconds(1), START, due, lateness)).isEqualTo(Verdict.WAIT);
		assertThat(ReminderPlan.verdict(due, START, due, lateness)).isEqualTo(Verdict.SEND);
		assertThat(ReminderPlan.verdict(due.plus(lateness), START, due, lateness)).isEqualTo(Verdict.SEND);
		assertThat(ReminderPlan.verdict(due.plus(lateness).plusSeconds(1), START, due, lateness))
			.isEqualTo(Verdict.EXPIRE);
	}

	@Test
	void noReminderOnceTheAppointmentStartedHoweverLateIsAllowed() {
		Instant due = START.minus(Duration.ofHours(2));

		assertThat(ReminderPlan.verdict(START.minusSeconds(1), START, due, Duration.ofDays(1))).isEqualTo(Verdict.SEND);
		assertThat(ReminderPlan.verdict(START, START, due, Duration.ofDays(1))).isEqualTo(Verdict.EXPIRE);
	}

}
