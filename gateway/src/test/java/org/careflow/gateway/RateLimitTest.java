package org.careflow.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

	private final AtomicLong clock = new AtomicLong();

	@Test
	void eachClientSpendsItsOwnBudget() {
		RateLimit limit = limit(2, 1000);

		assertThat(limit.tryAcquire("203.0.113.1")).isZero();
		assertThat(limit.tryAcquire("203.0.113.1")).isZero();
		assertThat(limit.tryAcquire("203.0.113.1")).isPositive();
		assertThat(limit.tryAcquire("203.0.113.2")).isZero();
	}

	@Test
	void memoryStaysBoundedHoweverManyClientsShowUp() {
		RateLimit limit = limit(2, 1000);

		for (int client = 0; client < 50_000; client++) {
			limit.tryAcquire("client-" + client);
		}

		assertThat(limit.trackedClients()).isLessThanOrEqualTo(1000);
	}

	@Test
	void aClientIdleUntilItsBucketIsFullIsForgotten() {
		RateLimit limit = limit(2, 1000);
		limit.tryAcquire("203.0.113.1");

		this.clock.addAndGet(Duration.ofSeconds(2).toNanos());

		assertThat(limit.trackedClients()).isZero();
	}

	@Test
	void retryAfterRoundsUpToWholeSecondsAndIsNeverZero() {
		assertThat(RateLimit.retryAfterSeconds(1)).isEqualTo(1);
		assertThat(RateLimit.retryAfterSeconds(Duration.ofSeconds(1).toNanos())).isEqualTo(1);
		assertThat(RateLimit.retryAfterSeconds(Duration.ofSeconds(1).toNanos() + 1)).isEqualTo(2);
		assertThat(RateLimit.retryAfterSeconds(Duration.ofMinutes(6).toNanos())).isEqualTo(360);
	}

	/** One request per second, bursts of {@code burst}. */
	private RateLimit limit(int burst, int trackedClients) {
		return new RateLimit("test", "Too many test requests.", TokenBucket.of(burst, 1, Duration.ofSeconds(1)),
				trackedClients, this.clock::get);
	}

}
