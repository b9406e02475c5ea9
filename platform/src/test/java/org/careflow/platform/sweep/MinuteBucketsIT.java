package org.careflow.platform.sweep;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.careflow.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Minute buckets on the test MongoDB server. */
class MinuteBucketsIT {

	private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

	private final MongoClient client = MongoClients.create(TestInfrastructure.mongo().connectionString());

	private final MinuteBuckets buckets = new MinuteBuckets(
			new MongoTemplate(this.client, "minute-buckets-it-" + UUID.randomUUID()), "due", "entries", "progress");

	@AfterEach
	void disconnect() {
		this.client.close();
	}

	@Test
	void aThingIsLookedAtInTheFirstWholeMinuteNotBeforeItOnceHoweverOftenFiled() {
		this.buckets.file("a", NINE.plusSeconds(10));
		this.buckets.file("a", NINE.plusSeconds(50));
		this.buckets.file("b", NINE);

		assertThat(seen(NINE.plusSeconds(59))).containsExactly("b");
		assertThat(seen(NINE.plusSeconds(60))).containsExactly("a");
		assertThat(seen(NINE.plusSeconds(300))).isEmpty();
	}

	@Test
	void theFirstLookGoesAsFarBackAsAskedAndALongOutageIsCaughtUpADayPerLook() {
		this.buckets.file("an-hour-ago", NINE.minus(Duration.ofHours(1)));
		this.buckets.file("three-days-ago", NINE.minus(Duration.ofDays(3)));
		this.buckets.file("yesterday", NINE.minus(Duration.ofHours(23)));

		assertThat(this.buckets.sweep(NINE, Duration.ofHours(2), (entry) -> true)).isEqualTo(1);
		this.buckets.file("tomorrow", NINE.plus(Duration.ofDays(1)));
		this.buckets.file("in-two-days", NINE.plus(Duration.ofDays(2)));

		assertThat(seen(NINE.plus(Duration.ofDays(3)))).containsExactly("tomorrow");
		assertThat(seen(NINE.plus(Duration.ofDays(3)))).containsExactly("in-two-days");
	}

	@Test
	void aLookCutShortLeavesItsMinutesToTheNext() {
		this.buckets.file("a", NINE);
		this.buckets.sweep(NINE.minusSeconds(60), Duration.ZERO, (entry) -> true);

		try {
			this.buckets.sweep(NINE, Duration.ZERO, (entry) -> {
				throw new IllegalStateException("the store went away");
			});
		}
		catch (IllegalStateException expected) {
			// the replica died midway
		}

		assertThat(seen(NINE.plusSeconds(30))).containsExactly("a");
	}

	private List<String> seen(Instant now) {
		List<String> seen = new ArrayList<>();
		this.buckets.sweep(now, Duration.ZERO, seen::add);
		return seen;
	}

}
