package org.careflow.notification.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the live event stream ({@code careflow.live.*}): what one replica holds open
 * and how far back a reconnecting client is caught up.
 *
 * @param maxStreams streams one replica holds open at once ({@code LIVE_MAX_STREAMS});
 * beyond, 503
 * @param maxStreamsPerUser streams one user holds open on one replica, e.g. tabs
 * ({@code LIVE_MAX_STREAMS_PER_USER}); beyond, 429
 * @param heartbeat how often an idle stream gets a comment line, so proxies do not close
 * it ({@code LIVE_HEARTBEAT})
 * @param maxStream how long one stream lasts before it is completed and the client
 * reconnects with its last id ({@code LIVE_MAX_STREAM}): spreads long-lived clients over
 * the replicas again and lets a token's expiry take effect
 * @param resumeWindow how old the first missed event may be for a reconnecting client to
 * be caught up ({@code LIVE_RESUME_WINDOW}); older, it is told to reload
 * @param maxReplay records a catch-up may read, whoever they concern
 * ({@code LIVE_MAX_REPLAY}); more, the client is told to reload
 * @param maxConcurrentReplays catch-ups one replica runs at once
 * ({@code LIVE_MAX_CONCURRENT_REPLAYS}); beyond, 503
 * @param queueCapacity events waiting for one slow client before it is told to reload
 * ({@code LIVE_QUEUE_CAPACITY})
 */
@ConfigurationProperties("careflow.live")
record LiveProperties(@DefaultValue("1000") int maxStreams, @DefaultValue("5") int maxStreamsPerUser,
		@DefaultValue("15s") Duration heartbeat, @DefaultValue("1h") Duration maxStream,
		@DefaultValue("24h") Duration resumeWindow, @DefaultValue("10000") int maxReplay,
		@DefaultValue("4") int maxConcurrentReplays, @DefaultValue("256") int queueCapacity) {

	LiveProperties {
		requireWithin("max-streams", maxStreams, 1, 100_000);
		requireWithin("max-streams-per-user", maxStreamsPerUser, 1, Math.min(100, maxStreams));
		requireWithin("heartbeat", heartbeat, Duration.ofSeconds(1), Duration.ofMinutes(5));
		// a stream shorter than its heartbeat would never need one; longer than a day
		// pins clients to one replica
		requireWithin("max-stream", maxStream, heartbeat.plusSeconds(1), Duration.ofDays(1));
		requireWithin("resume-window", resumeWindow, Duration.ofMinutes(1), Duration.ofDays(7));
		requireWithin("max-replay", maxReplay, 1, 1_000_000);
		requireWithin("max-concurrent-replays", maxConcurrentReplays, 1, 64);
		requireWithin("queue-capacity", queueCapacity, 16, 10_000);
	}

	private static void requireWithin(String name, Duration value, Duration min, Duration max) {
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			throw new IllegalArgumentException(
					"careflow.live." + name + " must lie between " + min + " and " + max + ", not " + value);
		}
	}

	private static void requireWithin(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(
					"careflow.live." + name + " must lie between " + min + " and " + max + ", not " + value);
		}
	}

}
