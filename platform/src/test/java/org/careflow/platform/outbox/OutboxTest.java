package org.careflow.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** When the relay runs, and on which thread: nudges, polls, start and stop. */
class OutboxTest {

	private final RecordingRelay relay = new RecordingRelay();

	@Test
	void nudgesArrivingWhileAPassRunsCoalesceIntoOneMorePass() throws Exception {
		Outbox outbox = new Outbox(this.relay, OutboxCollections.of("appointments"), Duration.ofHours(1));
		outbox.start();
		try {
			outbox.nudge();
			assertThat(this.relay.firstPassRunning.await(10, TimeUnit.SECONDS)).isTrue();
			for (int write = 0; write < 50; write++) {
				outbox.nudge();
			}
			this.relay.firstPassMayEnd.countDown();
		}
		finally {
			outbox.stop(); // lets the passes asked for so far finish
		}

		assertThat(this.relay.passes).hasSize(2);
	}

	@Test
	void passesRunOnTheRelaysOwnThreadNeverOnTheWritersThread() throws Exception {
		Outbox outbox = new Outbox(this.relay, OutboxCollections.of("appointments"), Duration.ofHours(1));
		this.relay.firstPassMayEnd.countDown();
		outbox.start();
		try {
			outbox.nudge();
			assertThat(this.relay.firstPassRunning.await(10, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			outbox.stop();
		}

		assertThat(this.relay.passes).containsExactly("outbox-relay");
	}

	@Test
	void withoutNudgesThePollStillRunsPassesAndPreparesEachCollectionOnce() {
		Outbox outbox = new Outbox(this.relay, OutboxCollections.of("patients", "doctors"), Duration.ofMillis(20));
		this.relay.firstPassMayEnd.countDown();
		outbox.start();
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> this.relay.passes.size() >= 6);
		}
		finally {
			outbox.stop();
		}

		assertThat(this.relay.prepared).containsExactly("patients", "doctors");
	}

	@Test
	void aStoppedOutboxIgnoresNudges() {
		Outbox outbox = new Outbox(this.relay, OutboxCollections.of("appointments"), Duration.ofHours(1));
		outbox.start();
		outbox.stop();

		outbox.nudge();

		assertThat(outbox.isRunning()).isFalse();
		assertThat(this.relay.passes).isEmpty();
	}

	/**
	 * Records the thread of every collection's pass; the first one waits to be let go.
	 */
	static final class RecordingRelay extends OutboxRelay {

		final List<String> passes = new CopyOnWriteArrayList<>();

		final List<String> prepared = new CopyOnWriteArrayList<>();

		final CountDownLatch firstPassRunning = new CountDownLatch(1);

		final CountDownLatch firstPassMayEnd = new CountDownLatch(1);

		RecordingRelay() {
			super(null, null);
		}

		@Override
		public void prepare(String collection) {
			this.prepared.add(collection);
		}

		@Override
		public int relay(String collection) {
			this.passes.add(Thread.currentThread().getName());
			this.firstPassRunning.countDown();
			try {
				this.firstPassMayEnd.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return 0;
		}

	}

}
