package org.careflow.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket of {@code capacity} tokens, refilled with one token every
 * {@code nanosPerToken}: a client may spend the whole bucket at once (a burst), then goes
 * at the refill rate.
 * <p>
 * Our own rather than Bucket4j's because a gateway keeps one bucket per client: here a
 * client's whole state is one {@link AtomicLong} (the instant its bucket will be full
 * again, the "theoretical arrival time" of the equivalent GCRA), updated lock-free with
 * one compare-and-set, and the time is passed in, so tests need no clock tricks and no
 * waiting. This record is the rule shared by all clients of one limit.
 *
 * @param capacity tokens a full bucket holds
 * @param nanosPerToken time to refill one token
 */
record TokenBucket(long capacity, long nanosPerToken) {

	TokenBucket {
		if (capacity < 1 || nanosPerToken < 1) {
			throw new IllegalArgumentException("A token bucket needs a capacity and a refill time of at least 1");
		}
	}

	/**
	 * {@code tokens} refilled every {@code period}, at most {@code capacity} saved up.
	 */
	static TokenBucket of(long capacity, long tokens, Duration period) {
		return new TokenBucket(capacity, period.toNanos() / tokens);
	}

	/** A client's state: a bucket that is full at {@code now}. */
	AtomicLong fullAt(long now) {
		return new AtomicLong(now);
	}

	/**
	 * Takes one token from a client's bucket if it has one.
	 * @param fullAt the client's state, from {@link #fullAt(long)}
	 * @param now the current time in nanoseconds, on the clock that made the state
	 * @return 0 when a token was taken; otherwise the nanoseconds until one will be there
	 */
	long tryTake(AtomicLong fullAt, long now) {
		while (true) {
			long current = fullAt.get();
			long next = Math.max(current, now) + this.nanosPerToken;
			long allowedFrom = next - this.capacity * this.nanosPerToken;
			if (allowedFrom > now) {
				return allowedFrom - now;
			}
			if (fullAt.compareAndSet(current, next)) {
				return 0;
			}
		}
	}

	/**
	 * How long an empty bucket takes to fill up. A bucket left alone that long is full,
	 * the same as a new one, so a client's state may be forgotten after it.
	 */
	Duration timeToFill() {
		return Duration.ofNanos(this.capacity * this.nanosPerToken);
	}

}
