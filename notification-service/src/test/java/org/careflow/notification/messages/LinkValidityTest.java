package org.careflow.notification.messages;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkValidityTest {

	@Test
	void aValidityReadsInWholeDaysFromTwoDaysOtherwiseInHoursOrMinutes() {
		assertThat(LinkValidity.describe(Duration.ofHours(72))).isEqualTo("3 days");
		assertThat(LinkValidity.describe(Duration.ofDays(30))).isEqualTo("30 days");
		assertThat(LinkValidity.describe(Duration.ofHours(36))).isEqualTo("36 hours");
		assertThat(LinkValidity.describe(Duration.ofHours(24))).isEqualTo("24 hours");
		assertThat(LinkValidity.describe(Duration.ofHours(1))).isEqualTo("1 hour");
		assertThat(LinkValidity.describe(Duration.ofMinutes(90))).isEqualTo("90 minutes");
	}

}
