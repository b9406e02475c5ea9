package org.careflow.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

	@Test
	void printsEachFigureMeasuredInBothRunsWithItsRatio() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		Comparison.print("before.json", Map.of("R1 gateway c16 req/s", 80.0),
				Map.of("R1 gateway c16 req/s", 240.0, "E1 email p99 ms", 300.0),
				new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("R1 gateway c16 req/s")
			.contains("3.00")
			.doesNotContain("E1 email p99 ms")
			.contains("1 figures of this run were not measured in the earlier one");
	}

	@Test
	void aRatioToZeroSaysSo() {
		assertThat(Comparison.ratio(0, 0)).isEqualTo("=");
		assertThat(Comparison.ratio(0, 3)).isEqualTo("new");
		assertThat(Comparison.ratio(4, 2)).isEqualTo("0.50");
	}

}
