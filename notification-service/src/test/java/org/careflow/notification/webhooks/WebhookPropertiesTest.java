package org.careflow.notification.webhooks;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookPropertiesTest {

	private final WebhookProperties properties = new WebhookProperties(false, Duration.ofSeconds(5),
			Duration.ofSeconds(1), Duration.ofSeconds(10), 10, 50, Duration.ofDays(30));

	@Test
	void theWaitDoublesAfterEachFailureUpToAnHour() {
		assertThat(this.properties.retryAfter(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.properties.retryAfter(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(this.properties.retryAfter(3)).isEqualTo(Duration.ofSeconds(40));
		assertThat(this.properties.retryAfter(10)).isEqualTo(Duration.ofHours(1));
		assertThat(this.properties.retryAfter(10_000)).isEqualTo(Duration.ofHours(1));
	}

}
