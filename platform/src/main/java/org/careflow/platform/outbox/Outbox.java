package org.careflow.platform.outbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs a service's relay on its own thread: at once when nudged by a write that added
 * events (so a booking's email never waits for a poll, and no request thread ever
 * publishes), and at each poll interval to pick up what a crash or an outage left behind.
 * Nudges coalesce: however many arrive while a pass runs, one more pass follows.
 */
public class Outbox implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	private final OutboxRelay relay;

	private final List<String> collections;

	private final Duration pollInterval;

	private final AtomicBoolean passRequested = new AtomicBoolean();

	// touched only on the relay's thread
	private final Set<String> prepared = new HashSet<>();

	private volatile ScheduledExecutorService thread;

	public Outbox(OutboxRelay relay, OutboxCollections collections, Duration pollInterval) {
		this.relay = relay;
		this.collections = List.copyOf(collections.names());
		this.pollInterval = pollInterval;
	}

	/**
	 * Asks for a pass soon, on the relay's thread; call it after a write that added
	 * events has succeeded. Never blocks.
	 */
	public void nudge() {
		ScheduledExecutorService thread = this.thread;
		if (thread != null && this.passRequested.compareAndSet(false, true)) {
			try {
				thread.execute(this::pass);
			}
			catch (RejectedExecutionException ex) {
				// stopping: the next start (or another replica) publishes what waits
				this.passRequested.set(false);
			}
		}
	}

	private void pass() {
		// cleared first: a nudge from now on asks for one more pass
		this.passRequested.set(false);
		for (String collection : this.collections) {
			try {
				prepareOnce(collection);
				this.relay.relay(collection);
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay for {} paused, will retry: {}", collection, ex.getMessage());
			}
		}
	}

	private void prepareOnce(String collection) {
		if (!this.prepared.contains(collection)) {
			this.relay.prepare(collection);
			this.prepared.add(collection);
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService thread = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon(true).factory());
		this.thread = thread;
		// the first pass comes with the first nudge, or one interval after start
		long interval = this.pollInterval.toMillis();
		thread.scheduleWithFixedDelay(this::nudge, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService thread = this.thread;
		this.thread = null;
		if (thread == null) {
			return;
		}
		thread.shutdown();
		try {
			// a pass in progress finishes, so no lease is left to run out
			if (!thread.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				thread.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			thread.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/**
	 * Started before the web server takes requests, stopped after it has drained them, so
	 * the events of the last requests are still published.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
