package org.careflow.benchmarks;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --compare}: each figure of this run beside the same figure of an earlier run,
 * and their ratio (now / earlier). Whether higher is better depends on the figure: req/s
 * up is good, ms and MiB down.
 */
final class Comparison {

	private Comparison() {
	}

	static void print(String earlierName, Map<String, Double> earlier, Map<String, Double> now, PrintStream out) {
		out.printf("%nCompared with %s (ratio = now / earlier)%n", earlierName);
		out.printf("%-48s %12s %12s %8s%n", "figure", "earlier", "now", "ratio");
		now.forEach((figure, value) -> {
			Double before = earlier.get(figure);
			if (before != null) {
				out.printf("%-48s %12s %12s %8s%n", figure, ResultsTable.number(before), ResultsTable.number(value),
						ratio(before, value));
			}
		});
		long onlyNow = now.keySet().stream().filter((figure) -> !earlier.containsKey(figure)).count();
		if (onlyNow > 0) {
			out.printf("(%d figures of this run were not measured in the earlier one)%n", onlyNow);
		}
	}

	static String ratio(double before, double now) {
		if (before == 0) {
			return (now == 0) ? "=" : "new";
		}
		return String.format(Locale.ROOT, "%.2f", now / before);
	}

}
