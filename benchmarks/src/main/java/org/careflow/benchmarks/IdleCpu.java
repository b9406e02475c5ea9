package org.careflow.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU used by the suite while nobody calls it: utime + stime of each process at the start
 * and the end of a window, in CPU seconds per minute. The bench itself sleeps meanwhile
 * (it shares the launcher JVM with Kafka, MongoDB and SMTP).
 */
final class IdleCpu {

	private IdleCpu() {
	}

	static Map<String, Double> measure(List<SuiteProcess> processes, Duration window) {
		Map<String, Double> before = cpu(processes);
		long started = System.nanoTime();
		Pause.of(window);
		double minutes = (System.nanoTime() - started) / 60e9;
		Map<String, Double> used = new LinkedHashMap<>();
		cpu(processes).forEach((name, seconds) -> used.put(name, (seconds - before.get(name)) / minutes));
		return used;
	}

	private static Map<String, Double> cpu(List<SuiteProcess> processes) {
		Map<String, Double> cpu = new LinkedHashMap<>();
		processes.forEach((process) -> cpu.put(process.name(), process.cpuSeconds()));
		return cpu;
	}

}
