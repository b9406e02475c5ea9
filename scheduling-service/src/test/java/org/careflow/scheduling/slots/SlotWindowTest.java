package org.careflow.scheduling.slots;

import java.time.Duration;
import java.time.Instant;

import org.careflow.scheduling.slots.InvalidSlotWindowException.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class SlotWindowTest {

	private final Instant now = Instant.parse("2030-01-01T00:00:00Z");

	private final Instant from = Instant.parse("2030-01-02T00:00:00Z");

	@Test
	void acceptsUpToThirtyOneDays() {
		SlotWindow window = SlotWindow.of(this.from, this.from.plus(Duration.ofDays(31)), this.now);

		assertThat(window.to()).isEqualTo(Instant.parse("2030-02-02T00:00:00Z"));
	}

	@Test
	void rejectsMoreThanThirtyOneDaysNamingTo() {
		assertThatExceptionOfType(InvalidSlotWindowException.class)
			.isThrownBy(() -> SlotWindow.of(this.from, this.from.plus(Duration.ofDays(31)).plusSeconds(1), this.now))
			.satisfies(ex -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("to"));
	}

	@Test
	void rejectsAnEmptyOrReversedPeriodNamingTo() {
		assertThatExceptionOfType(InvalidSlotWindowException.class)
			.isThrownBy(() -> SlotWindow.of(this.from, this.from, this.now))
			.satisfies(ex -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("to"));
		assertThatExceptionOfType(InvalidSlotWindowException.class)
			.isThrownBy(() -> SlotWindow.of(this.from, this.from.minusSeconds(1), this.now));
	}

	@Test
	void reachesFromOneYearBackToTwoYearsAhead() {
		Instant yearAgo = Instant.parse("2029-01-01T00:00:00Z");
		Instant twoYearsAhead = Instant.parse("2032-01-01T00:00:00Z");

		assertThat(SlotWindow.of(yearAgo, yearAgo.plus(Duration.ofDays(1)), this.now).from()).isEqualTo(yearAgo);
		assertThat(SlotWindow.of(twoYearsAhead.minus(Duration.ofDays(1)), twoYearsAhead, this.now).to())
			.isEqualTo(twoYearsAhead);
	}

	@Test
	void rejectsEndsBeyondTheRangeNamingEach() {
		Instant yearAgo = Instant.parse("2029-01-01T00:00:00Z");
		Instant twoYearsAhead = Instant.parse("2032-01-01T00:00:00Z");

		assertThatExceptionOfType(InvalidSlotWindowException.class)
			.isThrownBy(() -> SlotWindow.of(yearAgo.minusSeconds(1), yearAgo.plus(Duration.ofDays(1)), this.now))
			.satisfies(ex -> assertThat(ex.violations()).extracting(Violation::field, Violation::message)
				.containsExactly(tuple("from", "must lie between 2029-01-01T00:00:00Z and 2032-01-01T00:00:00Z")));
		assertThatExceptionOfType(InvalidSlotWindowException.class).isThrownBy(
				() -> SlotWindow.of(twoYearsAhead.minus(Duration.ofDays(1)), twoYearsAhead.plusSeconds(1), this.now))
			.satisfies(ex -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("to"));
	}

	@Test
	void instantsABillionYearsAwayAreNamedNotConverted() {
		assertThatExceptionOfType(InvalidSlotWindowException.class)
			.isThrownBy(() -> SlotWindow.of(Instant.MAX.minusSeconds(1), Instant.MAX, this.now))
			.satisfies(ex -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("from", "to"));
		assertThatExceptionOfType(InvalidSlotWindowException.class)
			.isThrownBy(() -> SlotWindow.of(Instant.MIN, this.from, this.now))
			.satisfies(ex -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("from"));
	}

}
