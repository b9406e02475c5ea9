package org.careflow.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stopping child processes together with everything they started. */
final class Processes {

	private Processes() {
	}

	/**
	 * Sends SIGTERM to the process and all its descendants, waits up to {@code grace},
	 * then kills whatever is left. Descendants are collected first: once a parent is gone
	 * its children are re-parented and can no longer be found through it.
	 */
	static void stopTree(ProcessHandle root, Duration grace) {
		stopTrees(List.of(root), grace);
	}

	/** {@link #stopTree} for several processes at once, so their shutdowns overlap. */
	static void stopTrees(List<ProcessHandle> roots, Duration grace) {
		List<ProcessHandle> all = new ArrayList<>();
		for (ProcessHandle root : roots) {
			all.add(root);
			root.descendants().forEach(all::add);
		}
		all.forEach(ProcessHandle::destroy);
		if (!awaitExit(all, grace)) {
			all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
			awaitExit(all, Duration.ofSeconds(10));
		}
	}

	static String javaBinary() {
		return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
	}

	private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
		CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException ex) {
			return processes.stream().noneMatch(ProcessHandle::isAlive);
		}
	}

}
