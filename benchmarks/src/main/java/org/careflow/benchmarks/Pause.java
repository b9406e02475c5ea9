package org.careflow.benchmarks;

import java.time.Duration;

/** {@link Thread#sleep} for code that cannot be interrupted halfway sensibly. */
final class Pause {

	private Pause() {
	}

	static void of(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/** Sleeps until {@link System#nanoTime()} reaches {@code nanoTime}. */
	static void until(long nanoTime) {
		long left = nanoTime - System.nanoTime();
		if (left > 0) {
			of(Duration.ofNanos(left));
		}
	}

}
