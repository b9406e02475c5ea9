package org.careflow.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	private final TokenBucket threePerSecondBurstThree = TokenBucket.of(3, 3, Duration.ofSeconds(1));

	@Test
	void aNewClientMayMakeAWholeBurstAtOnceThenMustWait() {
		AtomicLong client = this.threePerSecondBurstThree.fullAt(0);

		assertThat(this.threePerSecondBurstThree.tryTake(client, 0)).isZero();
		assertThat(this.threePerSecondBurstThree.tryTake(client, 0)).isZero();
		assertThat(this.threePerSecondBurstThree.tryTake(client, 0)).isZero();
		assertThat(this.threePerSecondBurstThree.tryTake(client, 0)).isEqualTo(SECOND / 3);
	}

	@Test
	void theWaitIsTheTimeUntilTheNextTokenAndThenExactlyOneMoreRequestPasses() {
		AtomicLong client = emptied(this.threePerSecondBurstThree, 0);

		assertThat(this.threePerSecondBurstThree.tryTake(client, SECOND / 10)).isEqualTo(SECOND / 3 - SECOND / 10);
		assertThat(this.threePerSecondBurstThree.tryTake(client, SECOND / 3)).isZero();
		assertThat(this.threePerSecondBurstThree.tryTake(client, SECOND / 3)).isEqualTo(SECOND / 3);
	}

	@Test
	void aLongPauseRefillsNoMoreThanTheBurst() {
		AtomicLong client = emptied(this.threePerSecondBurstThree, 0);
		long muchLater = 100 * SECOND;

		assertThat(takenAt(this.threePerSecondBurstThree, client, muchLater, 10)).isEqualTo(3);
	}

	@Test
	void aClientAskingNonStopGetsTheBurstPlusTheRefillRateAndNoMore() {
		TokenBucket tenPerSecondBurstFive = TokenBucket.of(5, 10, Duration.ofSeconds(1));
		AtomicLong client = tenPerSecondBurstFive.fullAt(0);
		int taken = 0;
		// a request every millisecond for 10 s: 10 001 attempts
		for (long now = 0; now <= 10 * SECOND; now += SECOND / 1000) {
			taken += (tenPerSecondBurstFive.tryTake(client, now) == 0) ? 1 : 0;
		}

		assertThat(taken).isEqualTo(5 + 100);
	}

	@Test
	void registrationsRefillOneEverySixMinutesAtTenPerHour() {
		TokenBucket tenPerHour = TokenBucket.of(10, 10, Duration.ofHours(1));
		AtomicLong client = emptied(tenPerHour, 0);

		assertThat(tenPerHour.tryTake(client, 0)).isEqualTo(Duration.ofMinutes(6).toNanos());
		assertThat(tenPerHour.timeToFill()).isEqualTo(Duration.ofHours(1));
	}

	private static AtomicLong emptied(TokenBucket bucket, long now) {
		AtomicLong client = bucket.fullAt(now);
		while (bucket.tryTake(client, now) == 0) {
			// spend the burst
		}
		return client;
	}

	private static int takenAt(TokenBucket bucket, AtomicLong client, long now, int attempts) {
		int taken = 0;
		for (int i = 0; i < attempts; i++) {
			taken += (bucket.tryTake(client, now) == 0) ? 1 : 0;
		}
		return taken;
	}

}
