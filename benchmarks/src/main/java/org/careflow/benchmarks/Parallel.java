package org.careflow.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A few calls at once while seeding: Keycloak and the services answer one caller slowly
 * (each registration is several round trips), and more than four at once would only queue
 * on two cores.
 */
final class Parallel {

	static final int CALLERS = 4;

	private Parallel() {
	}

	/** {@code work} applied to each item, results in the items' order. */
	static <T, R> List<R> map(List<T> items, Function<T, R> work) {
		try (ExecutorService callers = Executors.newFixedThreadPool(CALLERS)) {
			List<Future<R>> results = items.stream().map((item) -> callers.submit(() -> work.apply(item))).toList();
			return results.stream().map(Parallel::get).toList();
		}
	}

	private static <R> R get(Future<R> result) {
		try {
			return result.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
