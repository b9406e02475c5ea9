package org.careflow.appointment.booking;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RescheduleSettingsTest {

	@Test
	void aRecoveryMayNotRaceALiveReschedule() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RescheduleProperties(Duration.ofSeconds(14), Duration.ofSeconds(30)))
			.withMessageContaining("interrupted-after");
		assertThat(new RescheduleProperties(Duration.ofSeconds(15), Duration.ofSeconds(2)).interruptedAfter())
			.isEqualTo(Duration.ofSeconds(15));
	}

	@Test
	void theRecoveryLooksAtLeastEverySecondAndAtMostEveryHour() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RescheduleProperties(Duration.ofMinutes(1), Duration.ofMillis(500)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RescheduleProperties(Duration.ofMinutes(1), Duration.ofHours(2)));
	}

	@Test
	void aMisspelledFailPointIsRefusedAtStartInsteadOfSilentlyNeverFiring() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FailPoints("reschedule-stored"))
			.withMessageContaining(FailPoints.RESCHEDULE_NEW_APPOINTMENT_STORED);
	}

	@Test
	void withoutAFailPointEveryStepPassesThrough() {
		FailPoints none = new FailPoints("");
		assertThatNoException().isThrownBy(() -> none.reached(FailPoints.RESCHEDULE_NEW_APPOINTMENT_STORED));
	}

}
