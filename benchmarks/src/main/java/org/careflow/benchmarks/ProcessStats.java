package org.careflow.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * What Linux says about a process, from {@code /proc}: resident memory and CPU time used.
 * A process that is gone counts as zero.
 */
final class ProcessStats {

	/** USER_HZ: the unit of utime and stime; 100 on every Linux this runs on. */
	static final int TICKS_PER_SECOND = 100;

	private ProcessStats() {
	}

	/** VmRSS of {@code /proc/<pid>/status}, in KiB. */
	static long residentKib(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(0L);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	static long residentKib(Collection<Long> pids) {
		return pids.stream().mapToLong(ProcessStats::residentKib).sum();
	}

	/** utime + stime of {@code /proc/<pid>/stat}, in seconds. */
	static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			return cpuTicks(stat) / (double) TICKS_PER_SECOND;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	static double cpuSeconds(Collection<Long> pids) {
		return pids.stream().mapToDouble(ProcessStats::cpuSeconds).sum();
	}

	/**
	 * utime and stime are fields 14 and 15; the command name (field 2) may hold spaces,
	 * so fields are counted after its closing parenthesis.
	 */
	static long cpuTicks(String stat) {
		String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(afterName[11]) + Long.parseLong(afterName[12]);
	}

}
