package org.careflow.notification.reminders;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ReminderPropertiesTest {

	private static final Duration HALF_DAY = Duration.ofHours(12);

	private static final Duration HALF_MINUTE = Duration.ofSeconds(30);

	@Test
	void theDefaultsAndASecondLeadTimeAreAccepted() {
		assertThatNoException().isThrownBy(() -> properties(List.of(Duration.ofHours(24), Duration.ofHours(2))));
	}

	@Test
	void leadTimesAreWholeMinutesWithinAMonthListedOnceAndFew() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(List.of(Duration.ofSeconds(90))))
			.withMessageContaining("whole minutes");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(List.of(Duration.ofDays(31))))
			.withMessageContaining("lead-times");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(List.of(Duration.ofHours(2), Duration.ofMinutes(120))))
			.withMessageContaining("twice");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Collections.nCopies(6, Duration.ofHours(1))))
			.withMessageContaining("at most 5");
	}

	@Test
	void aLeaseShorterThanASendWithItsTimeoutsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReminderProperties(List.of(Duration.ofHours(24)), HALF_DAY, HALF_MINUTE,
					Duration.ofSeconds(5), Duration.ofMinutes(1)))
			.withMessageContaining("lease");
	}

	private static ReminderProperties properties(List<Duration> leadTimes) {
		return new ReminderProperties(leadTimes, HALF_DAY, HALF_MINUTE, Duration.ofMinutes(2), Duration.ofMinutes(1));
	}

}
