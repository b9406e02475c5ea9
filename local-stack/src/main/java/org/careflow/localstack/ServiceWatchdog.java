package org.careflow.localstack;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts a service whose process died, as an orchestrator would, and says so in the
 * log. A service stopped on purpose stays stopped. One that keeps dying soon after each
 * start is restarted after a growing pause (up to a minute), so a broken service does not
 * hog the machine.
 */
final class ServiceWatchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ServiceWatchdog.class);

	/** A service that ran at least this long before dying is restarted at once. */
	static final Duration STABLE = Duration.ofSeconds(60);

	static final Duration MAX_PAUSE = Duration.ofSeconds(60);

	private final Duration interval;

	private final LongSupplier nanoTime;

	private final Map<String, Restarts> restarts = new HashMap<>();

	private ScheduledExecutorService timer;

	ServiceWatchdog(Duration interval) {
		this(interval, System::nanoTime);
	}

	ServiceWatchdog(Duration interval, LongSupplier nanoTime) {
		this.interval = interval;
		this.nanoTime = nanoTime;
	}

	/** Starts checking the services every interval, on a daemon thread. */
	synchronized void watch(List<? extends Supervised> services) {
		if (this.timer != null) {
			return;
		}
		this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "careflow-service-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		this.timer.scheduleWithFixedDelay(() -> check(services), this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** One round: restarts every service that died and whose pause is over. */
	void check(List<? extends Supervised> services) {
		for (Supervised service : services) {
			try {
				checkOne(service);
			}
			catch (RuntimeException ex) {
				log.warn("Could not restart {}: {}", service.module(), ex.getMessage());
			}
		}
	}

	private void checkOne(Supervised service) {
		if (service.isAlive() || service.stoppedOnPurpose()) {
			return;
		}
		long now = this.nanoTime.getAsLong();
		Restarts history = this.restarts.computeIfAbsent(service.module(), module -> new Restarts());
		if (!history.waiting) {
			// first sighting of this death: how long the process lived decides the pause
			boolean diedSoon = service.uptime().compareTo(STABLE) < 0;
			history.pause = diedSoon ? nextPause(history.pause) : Duration.ZERO;
			if (!history.pause.isZero()) {
				history.waiting = true;
				history.restartAt = now + history.pause.toNanos();
				log.warn("{} {} soon after starting; restarting it in {} s", service.module(),
						service.exitDescription(), history.pause.toSeconds());
				return;
			}
		}
		else if (now - history.restartAt < 0) {
			return;
		}
		history.waiting = false;
		log.warn("{} {}; restarting it", service.module(), service.exitDescription());
		service.start();
	}

	private static Duration nextPause(Duration pause) {
		Duration next = pause.isZero() ? Duration.ofSeconds(2) : pause.multipliedBy(2);
		return (next.compareTo(MAX_PAUSE) > 0) ? MAX_PAUSE : next;
	}

	@Override
	public synchronized void close() {
		if (this.timer != null) {
			this.timer.shutdownNow();
		}
	}

	/** What the watchdog needs of a service process. */
	interface Supervised {

		String module();

		boolean isAlive();

		/** True after a deliberate stop, until the next start. */
		boolean stoppedOnPurpose();

		/** Time since the last start. */
		Duration uptime();

		String exitDescription();

		void start();

	}

	private static final class Restarts {

		private Duration pause = Duration.ZERO;

		private boolean waiting;

		private long restartAt;

	}

}
