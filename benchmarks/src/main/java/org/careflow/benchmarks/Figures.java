package org.careflow.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every figure of a run under a stable name with its unit ({@code R1 gateway c16 req/s}),
 * kept in the JSON so that {@code --compare} can set two runs side by side whatever each
 * measured.
 */
final class Figures {

	private Figures() {
	}

	static Map<String, Double> of(Results results) {
		Map<String, Double> figures = new LinkedHashMap<>();
		for (LoadResult load : results.loads()) {
			WrkReport report = load.report();
			figures.put(load.name() + " req/s", report.requestsPerSecond());
			figures.put(load.name() + " p50 ms", report.p50Micros() / 1000.0);
			figures.put(load.name() + " p99 ms", report.p99Micros() / 1000.0);
			figures.put(load.name() + " max ms", report.maxMicros() / 1000.0);
			figures.put(load.name() + " errors", (double) errors(report));
		}
		results.gatewayOverDirect().ifPresent((ratio) -> figures.put("R1 gateway/direct", ratio));
		results.endToEnd().ifPresent((e1) -> {
			figures.put("E1 bookings/s", e1.rate());
			figures.put("E1 email p50 ms", (double) e1.emailMillis().p50());
			figures.put("E1 email p99 ms", (double) e1.emailMillis().p99());
			figures.put("E1 email max ms", (double) e1.emailMillis().max());
			figures.put("E1 emails missing", (double) e1.missing());
		});
		results.overload().ifPresent((o1) -> {
			figures.put("O1 unexpected answers",
					(double) o1.unexpectedStatuses().values().stream().mapToLong(Long::longValue).sum());
			figures.put("O1 socket errors", (double) o1.load().report().socketErrors());
			figures.put("O1 reads after req/s", o1.recovery().requestsPerSecond());
			figures.put("O1 reads after / normal", o1.recoveryRatio());
		});
		results.start().ifPresent((s1) -> {
			figures.put("S1 suite s", s1.suite());
			s1.services().forEach((module, seconds) -> figures.put("S1 " + module + " alone s", seconds));
		});
		results.memory().ifPresent((m1) -> {
			figures.put("M1 idle total MiB", (double) MemoryResult.total(m1.idle()));
			figures.put("M1 after load total MiB", (double) MemoryResult.total(m1.afterLoad()));
			m1.afterLoad().forEach((process, mib) -> figures.put("M1 after load " + process + " MiB", (double) mib));
		});
		results.idle().ifPresent((i1) -> {
			figures.put("I1 fresh CPU s/min", IdleResult.total(i1.fresh()));
			if (i1.stored() > 0) {
				figures.put("I1 " + i1.stored() + " stored CPU s/min", IdleResult.total(i1.withStored()));
			}
		});
		return figures;
	}

	/** Answers that are not 2xx, and requests without an answer. */
	static long errors(WrkReport report) {
		return report.errorStatuses().values().stream().mapToLong(Long::longValue).sum() + report.socketErrors();
	}

}
