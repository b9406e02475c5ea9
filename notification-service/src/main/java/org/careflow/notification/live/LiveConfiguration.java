package org.careflow.notification.live;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the live stream: one feed, one set of streams, per replica. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

	@Bean
	LiveConsumers liveConsumers(KafkaProperties kafka, @Value("${spring.application.name}") String application) {
		return new LiveConsumers(kafka.buildConsumerProperties(), application + "-live");
	}

	@Bean
	Subscribers liveSubscribers(LiveProperties properties, MeterRegistry meters) {
		Subscribers subscribers = new Subscribers(properties.maxStreams(), properties.maxStreamsPerUser());
		Gauge.builder("careflow.live.streams", subscribers, Subscribers::count)
			.description("Live event streams open on this replica")
			.register(meters);
		return subscribers;
	}

	@Bean
	LiveFeed liveFeed(LiveConsumers consumers, Subscribers subscribers) {
		return new LiveFeed(consumers, subscribers);
	}

	@Bean
	MissedEvents missedEvents(LiveConsumers consumers, Clock clock, LiveProperties properties) {
		return new MissedEvents(consumers, clock, properties.resumeWindow(), properties.maxReplay());
	}

	@Bean
	LiveStreams liveStreams(LiveFeed feed, Subscribers subscribers, MissedEvents missedEvents,
			LiveProperties properties) {
		return new LiveStreams(feed, subscribers, missedEvents, properties);
	}

}
