package org.careflow.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of wrk: two threads (as the peer's benchmark), a given number of connections, a
 * Lua script and its arguments. wrk's default timeout, 2 s, is kept and named: a request
 * without an answer by then counts as a socket timeout.
 *
 * @param name names the output file, e.g. {@code R1-gateway-c16}
 * @param url base URL; the script supplies paths
 * @param connections open connections, shared by the two threads
 * @param duration how long to load
 * @param script the Lua script
 * @param scriptArgs what the script's {@code init} receives
 */
record WrkRun(String name, String url, int connections, Duration duration, Path script, List<String> scriptArgs) {

	static final int THREADS = 2;

	static final String TIMEOUT = "2s";

	WrkRun {
		scriptArgs = List.copyOf(scriptArgs);
	}

	/** Runs wrk, keeps its whole output beside the script, and returns its report. */
	WrkReport run() {
		List<String> command = new ArrayList<>(
				List.of("wrk", "-t" + THREADS, "-c" + this.connections, "-d" + Durations.wrk(this.duration),
						"--timeout", TIMEOUT, "-s", this.script.toString(), this.url, "--"));
		command.addAll(this.scriptArgs);
		Path output = this.script.resolveSibling(this.name + ".txt");
		try {
			Process wrk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			if (!wrk.waitFor(this.duration.toSeconds() + 120, TimeUnit.SECONDS)) {
				wrk.destroyForcibly();
				throw new IllegalStateException("wrk did not finish: " + String.join(" ", command));
			}
			String text = Files.readString(output);
			if (wrk.exitValue() != 0) {
				throw new IllegalStateException(
						"wrk failed (" + wrk.exitValue() + "): " + String.join(" ", command) + "\n" + text);
			}
			return WrkReport.parse(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run wrk (install it: apt-get install wrk)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while wrk was running", ex);
		}
	}

}
