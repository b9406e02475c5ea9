package org.careflow.notification.live;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class LivePropertiesTest {

	@Test
	void theDefaultsAreAccepted() {
		assertThatNoException().isThrownBy(() -> properties(1000, 5, Duration.ofSeconds(15), 10_000));
	}

	@Test
	void boundsOutOfRangeAreRefusedNamingTheProperty() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(0, 1, Duration.ofSeconds(15), 10_000))
			.withMessageContaining("careflow.live.max-streams");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(3, 5, Duration.ofSeconds(15), 10_000))
			.withMessageContaining("max-streams-per-user");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(1000, 5, Duration.ZERO, 10_000))
			.withMessageContaining("heartbeat");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(1000, 5, Duration.ofSeconds(15), 0))
			.withMessageContaining("max-replay");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LiveProperties(1000, 5, Duration.ofSeconds(15), Duration.ofSeconds(10),
					Duration.ofHours(24), 10_000, 4, 256))
			.withMessageContaining("max-stream ");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LiveProperties(1000, 5, Duration.ofSeconds(15), Duration.ofHours(1),
					Duration.ofDays(30), 10_000, 4, 256))
			.withMessageContaining("resume-window");
	}

	private static LiveProperties properties(int maxStreams, int perUser, Duration heartbeat, int maxReplay) {
		return new LiveProperties(maxStreams, perUser, heartbeat, Duration.ofHours(1), Duration.ofHours(24), maxReplay,
				4, 256);
	}

}
