package org.careflow.scheduling.slots;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SlotWindowTest {

	private final Instant from = Instant.parse("2030-01-01T00:00:00Z");

	@Test
	void acceptsUpToThirtyOneDays() {
		assertThatCode(() -> new SlotWindow(this.from, Instant.parse("2030-02-01T00:00:00Z")))
			.doesNotThrowAnyException();
	}

	@Test
	void rejectsMoreThanThirtyOneDays() {
		assertThatExceptionOfType(InvalidSlotWindowException.class)
			.isThrownBy(() -> new SlotWindow(this.from, Instant.parse("2030-02-01T00:00:01Z")));
	}

	@Test
	void rejectsAnEmptyOrReversedPeriod() {
		assertThatExceptionOfType(InvalidSlotWindowException.class)
			.isThrownBy(() -> new SlotWindow(this.from, this.from));
		assertThatExceptionOfType(InvalidSlotWindowException.class)
			.isThrownBy(() -> new SlotWindow(this.from, this.from.minusSeconds(1)));
	}

}
