package org.careflow.benchmarks;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The results as the console shows them: one table of the wrk workloads, then a section
 * for each other workload.
 */
final class ResultsTable {

	private ResultsTable() {
	}

	static void print(Results results, RunInfo info, PrintStream out) {
		out.printf("%nCareFlow benchmark, %s, commit %s%s; %d CPUs, %d MiB; load average at start %s%n",
				info.date().truncatedTo(ChronoUnit.SECONDS), info.commit(),
				info.localChanges() ? " (with local changes)" : "", info.cpus(), info.memoryMib(), info.loadAverage());
		out.printf("wrk -t%d, warm-up %s, measured %s each; timeout %s%n%n", WrkRun.THREADS,
				Durations.format(info.options().warmup()), Durations.format(info.options().duration()), WrkRun.TIMEOUT);
		if (!results.loads().isEmpty()) {
			out.printf("%-30s %5s %9s %9s %9s %9s  %s%n", "workload", "conns", "req/s", "p50 ms", "p99 ms", "max ms",
					"errors by status");
			for (LoadResult load : results.loads()) {
				WrkReport report = load.report();
				out.printf("%-30s %5d %9.1f %9.1f %9.1f %9.1f  %s%n", load.name(), load.connections(),
						report.requestsPerSecond(), report.p50Micros() / 1000.0, report.p99Micros() / 1000.0,
						report.maxMicros() / 1000.0, report.errorSummary());
			}
			results.gatewayOverDirect()
				.ifPresent((ratio) -> out.printf("R1 gateway / direct (c16 req/s): %.2f%n", ratio));
		}
		results.endToEnd().ifPresent((e1) -> printEndToEnd(e1, out));
		results.overload().ifPresent((o1) -> printOverload(o1, out));
		results.start().ifPresent((s1) -> printStart(s1, out));
		results.memory().ifPresent((m1) -> printMemory(m1, out));
		results.idle().ifPresent((i1) -> printIdle(i1, out));
		out.printf("%nSeeding took %.0f s; the whole run %s.%n", results.seedingSeconds(),
				minutes(results.totalSeconds()));
	}

	private static void printEndToEnd(EndToEndResult e1, PrintStream out) {
		out.printf("%nE1 booking -> confirmation email, %.1f bookings/s for %d s (%s)%n", e1.rate(), e1.seconds(),
				e1.rateSource());
		out.printf("  sent %d, answers %s, no answer %d; booking answered in p50 %d ms, p99 %d ms%n", e1.sent(),
				statuses(e1.statuses()), e1.failures(), e1.answerMillis().p50(), e1.answerMillis().p99());
		out.printf(
				"  201 -> email in the SMTP server: p50 %d ms, p99 %d ms, max %d ms; missing %d "
						+ "(waited %.1f s after the last answer)%n",
				e1.emailMillis().p50(), e1.emailMillis().p99(), e1.emailMillis().max(), e1.missing(),
				e1.waitedSeconds());
	}

	private static void printOverload(OverloadResult o1, PrintStream out) {
		WrkReport load = o1.load().report();
		out.printf("%nO1 overload, %d connections booking for %.0f s: %d answers (%.1f/s): %s%n",
				o1.load().connections(), load.durationMicros() / 1e6, load.requests(), load.requestsPerSecond(),
				statuses(load.statuses()));
		out.printf(
				"  answers other than 201/409/429/503: %s; socket errors: connect %d, read %d, write %d, "
						+ "timeout %d%n",
				o1.unexpectedStatuses().isEmpty() ? "none" : statuses(o1.unexpectedStatuses()), load.connectErrors(),
				load.readErrors(), load.writeErrors(), load.timeouts());
		out.printf("  reads in the %.0f s right after (R1 gateway c16): %.1f req/s, p99 %.1f ms, %s%n",
				o1.recovery().durationMicros() / 1e6, o1.recovery().requestsPerSecond(),
				o1.recovery().p99Micros() / 1000.0,
				(o1.normalReadRate() > 0) ? String.format(Locale.ROOT, "%.2f x the normal %.1f req/s",
						o1.recoveryRatio(), o1.normalReadRate()) : "(R1 did not run: no normal rate)");
	}

	private static void printStart(StartResult s1, PrintStream out) {
		out.printf("%nS1 start to ready%n");
		out.printf("  %-32s %6.1f s  (launcher JVM start to all ready, fresh data: realm imported)%n", "whole suite",
				s1.suite());
		s1.services()
			.forEach((module, seconds) -> out.printf("  %-32s %6.1f s  (alone, warm machine)%n", module, seconds));
	}

	private static void printMemory(MemoryResult m1, PrintStream out) {
		out.printf("%nM1 resident memory (MiB)%n");
		out.printf("  %-42s %8s %11s%n", "process", "idle", "after load");
		Set<String> processes = new LinkedHashSet<>(m1.idle().keySet());
		processes.addAll(m1.afterLoad().keySet());
		for (String process : processes) {
			out.printf("  %-42s %8s %11s%n", process, value(m1.idle(), process), value(m1.afterLoad(), process));
		}
		out.printf("  %-42s %8d %11d%n", "total", MemoryResult.total(m1.idle()), MemoryResult.total(m1.afterLoad()));
	}

	private static void printIdle(IdleResult i1, PrintStream out) {
		out.printf("%nI1 idle CPU, CPU seconds per minute over %d s%n", i1.seconds());
		String stored = i1.stored() + " appointments stored";
		out.printf("  %-42s %12s %28s%n", "process", "seeded data", (i1.stored() > 0) ? stored : "");
		for (String process : i1.fresh().keySet()) {
			Double withStored = i1.withStored().get(process);
			out.printf("  %-42s %12.2f %28s%n", process, i1.fresh().get(process),
					(withStored != null) ? String.format(Locale.ROOT, "%.2f", withStored) : "");
		}
		out.printf("  %-42s %12.2f %28s%n", "total", IdleResult.total(i1.fresh()),
				(i1.stored() > 0) ? String.format(Locale.ROOT, "%.2f", IdleResult.total(i1.withStored())) : "");
		if (i1.stored() > 0) {
			out.printf("  (%d past appointments inserted straight into careflow-appointments.appointments with the "
					+ "MongoDB driver:%n   seeding them through the API would take longer than the whole bench)%n",
					i1.stored());
		}
	}

	static String number(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e12) ? String.valueOf((long) value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

	private static String statuses(SortedMap<Integer, Long> statuses) {
		return statuses.isEmpty() ? "none"
				: statuses.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + ":" + entry.getValue())
					.collect(Collectors.joining(" "));
	}

	private static String value(Map<String, Long> mib, String process) {
		return mib.containsKey(process) ? mib.get(process).toString() : "-";
	}

	private static String minutes(double seconds) {
		return String.format(Locale.ROOT, "%d min %02d s (%.0f s)", (long) seconds / 60, (long) seconds % 60, seconds);
	}

}
