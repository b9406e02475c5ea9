package org.careflow.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SlotPoolTest {

	private static final Instant NOW = Instant.parse("2026-11-29T17:45:00Z");

	private final SlotPool pool = new SlotPool(List.of("a", "b"), NOW);

	@Test
	void startsTomorrowAtMidnightAndAlternatesDoctors() {
		assertThat(this.pool.take()).isEqualTo(new Slot("a", Instant.parse("2026-11-30T00:00:00Z")));
		assertThat(this.pool.take()).isEqualTo(new Slot("b", Instant.parse("2026-11-30T00:00:00Z")));
		assertThat(this.pool.take()).isEqualTo(new Slot("a", Instant.parse("2026-11-30T00:15:00Z")));
	}

	@Test
	void lateInTheEveningTheFirstDayIsTheOneAfterTheMinimumNotice() {
		SlotPool late = new SlotPool(List.of("a"), Instant.parse("2026-11-29T22:30:00Z"));

		// midnight is only 90 minutes away: too soon for the doctors' two hours' notice
		assertThat(late.take()).isEqualTo(new Slot("a", Instant.parse("2026-12-01T00:00:00Z")));
	}

	@Test
	void aPatientsSlotsLieARoundApartSoTheyNeverOverlap() {
		Slot first = this.pool.ofPatient(1, 0, 4);
		Slot second = this.pool.ofPatient(1, 1, 4);

		assertThat(first).isEqualTo(new Slot("b", Instant.parse("2026-11-30T00:00:00Z")));
		assertThat(second).isEqualTo(new Slot("b", Instant.parse("2026-11-30T00:30:00Z")));
		this.pool.used(8);
		assertThat(this.pool.take()).as("past the rounds taken")
			.isEqualTo(new Slot("a", Instant.parse("2026-11-30T01:00:00Z")));
	}

	@Test
	void theLastSlotOfADayIsAtHalfPastElevenThenTheNextDayBegins() {
		int lastOfDay = 2 * (SlotPool.SLOTS_PER_DAY - 1);

		assertThat(this.pool.at(lastOfDay)).isEqualTo(new Slot("a", Instant.parse("2026-11-30T23:30:00Z")));
		assertThat(this.pool.at(lastOfDay + 2)).isEqualTo(new Slot("a", Instant.parse("2026-12-01T00:00:00Z")));
	}

	@Test
	void slotsStayWithinTheBookingHorizon() {
		Slot last = this.pool.at(this.pool.left() - 1);

		assertThat(last.start()).isBefore(NOW.plus(SlotPool.HORIZON));
	}

	@Test
	void aWrittenFileIsHandedOutOnlyAsFarAsItWasUsed(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("slots.txt");

		this.pool.write(file, 4, 3);
		this.pool.used(3);

		assertThat(Files.readAllLines(file)).containsExactly("a 2026-11-30T00:00:00Z 0", "b 2026-11-30T00:00:00Z 1",
				"a 2026-11-30T00:15:00Z 2", "b 2026-11-30T00:15:00Z 0");
		assertThat(this.pool.take()).isEqualTo(new Slot("b", Instant.parse("2026-11-30T00:15:00Z")));
	}

	@Test
	void noSlotIsHandedOutTwice() {
		Set<Slot> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			assertThat(seen.add(this.pool.take())).isTrue();
		}
	}

}
