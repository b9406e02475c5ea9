package org.careflow.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import tools.jackson.core.JacksonException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import org.careflow.events.Topics;

/**
 * A record a listener cannot handle is retried with growing pauses; when the retries are
 * spent it goes, unchanged and with the failure in its headers, to {@code <topic>.dlt}.
 * Records that can never succeed (not JSON of an event) skip the retries. A failure that
 * is a dependency being away ({@link WaitForDependency}) is retried until it is back
 * instead. Nothing is dropped silently.
 */
@AutoConfiguration
@EnableConfigurationProperties(ConsumerRetryProperties.class)
public class ConsumerErrorHandlingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CommonErrorHandler careFlowConsumerErrorHandler(KafkaOperations<Object, Object> kafka,
			ConsumerRetryProperties retry) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
				(record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
		ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		backOff.setMaxElapsedTime(retry.maxElapsed().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
		handler.setBackOffFunction((record, failure) -> WaitForDependency.isCauseOf(failure) ? untilBack(retry) : null);
		handler.addNotRetryableExceptions(JacksonException.class);
		return handler;
	}

	/** The same growing pauses, with no end. */
	private static ExponentialBackOff untilBack(ConsumerRetryProperties retry) {
		ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		return backOff;
	}

}
