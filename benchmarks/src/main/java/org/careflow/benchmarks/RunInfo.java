package org.careflow.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * When, what and where a run measured: figures mean little without the commit, the
 * machine and the knobs.
 *
 * @param date when the run started
 * @param commit {@code git rev-parse --short HEAD}
 * @param localChanges the working tree differs from that commit
 * @param cpus processors the JVM sees
 * @param memoryMib the machine's memory
 * @param cpuModel as {@code /proc/cpuinfo} names it
 * @param loadAverage {@code /proc/loadavg} at the start: others' work on a shared machine
 * @param java the JDK every JVM of the suite runs on
 * @param options the run's knobs from the command line
 * @param knobs the settings the bench chose
 */
record RunInfo(Instant date, String commit, boolean localChanges, int cpus, long memoryMib, String cpuModel,
		String loadAverage, String java, BenchOptions options, List<Knob> knobs) {

	static RunInfo collect(BenchOptions options) {
		String commit = git(options.repo(), "rev-parse", "--short", "HEAD");
		boolean changed = !git(options.repo(), "status", "--porcelain", "--untracked-files=no").isEmpty();
		return new RunInfo(Instant.now(), commit.isEmpty() ? "unknown" : commit, changed,
				Runtime.getRuntime().availableProcessors(), machineMemoryMib(), machineCpuModel(),
				proc("loadavg").trim(), System.getProperty("java.vm.name") + " " + Runtime.version(), options,
				Knobs.all());
	}

	private static long machineMemoryMib() {
		return proc("meminfo").lines()
			.filter((line) -> line.startsWith("MemTotal:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(0L);
	}

	private static String machineCpuModel() {
		return proc("cpuinfo").lines()
			.filter((line) -> line.startsWith("model name"))
			.map((line) -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse("unknown");
	}

	private static String proc(String file) {
		try {
			return Files.readString(Path.of("/proc", file));
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String git(Path repo, String... args) {
		try {
			List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
			command.addAll(List.of(args));
			Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0) ? output : "";
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

}
