package org.careflow.notification.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.webhooks.*}.
 *
 * @param allowLoopback lets subscriptions target {@code http://} on loopback — the local
 * stack and tests only; in production only {@code https} to public addresses is accepted
 * @param timeout how long one delivery may take, connecting included
 * @param sweepEvery how often pending deliveries are looked at
 * @param firstRetryAfter the wait after a first failure; it doubles with each attempt, up
 * to an hour
 * @param maxAttempts attempts at one delivery before its subscription is disabled
 * @param maxSubscriptions how many subscriptions the clinic may hold
 * @param logRetention how long the delivery log keeps an attempt
 */
@ConfigurationProperties("careflow.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowLoopback, @DefaultValue("5s") Duration timeout,
		@DefaultValue("1s") Duration sweepEvery, @DefaultValue("10s") Duration firstRetryAfter,
		@DefaultValue("10") int maxAttempts, @DefaultValue("50") int maxSubscriptions,
		@DefaultValue("30d") Duration logRetention) {

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	/**
	 * The wait before the attempt after {@code attempts} failed ones: 10 s, 20 s, 40 s …
	 * ≤ 1 h.
	 */
	Duration retryAfter(int attempts) {
		int doublings = Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = this.firstRetryAfter.multipliedBy(1L << doublings);
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

}
