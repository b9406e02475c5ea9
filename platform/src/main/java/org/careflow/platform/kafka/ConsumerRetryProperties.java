package org.careflow.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a consumer keeps retrying one record before it goes to the dead-letter topic.
 */
@ConfigurationProperties("careflow.kafka.retry")
public record ConsumerRetryProperties(@DefaultValue("500ms") Duration initialInterval,
		@DefaultValue("5s") Duration maxInterval, @DefaultValue("30s") Duration maxElapsed) {
}
