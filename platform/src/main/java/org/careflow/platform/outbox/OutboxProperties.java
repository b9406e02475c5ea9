package org.careflow.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the relay looks for events nobody nudged it about (left
 * by a crash, or waiting while Kafka was down); new events are published at once anyway
 */
@ConfigurationProperties("careflow.outbox")
public record OutboxProperties(@DefaultValue("1s") Duration pollInterval) {
}
