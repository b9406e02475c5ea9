package org.careflow.benchmarks;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

	@Test
	void nearestRankOfOneToAHundred() {
		Percentiles percentiles = Percentiles.of(LongStream.rangeClosed(1, 100).boxed().toList());

		assertThat(percentiles).isEqualTo(new Percentiles(100, 50, 99, 100));
	}

	@Test
	void orderOfTheSampleDoesNotMatter() {
		assertThat(Percentiles.of(List.of(30L, 10L, 20L))).isEqualTo(new Percentiles(3, 20, 30, 30));
	}

	@Test
	void ninetyNinthPercentileOfASmallSampleIsItsLargestValue() {
		assertThat(Percentiles.of(List.of(5L, 7L, 900L)).p99()).isEqualTo(900);
	}

	@Test
	void oneValueIsEveryPercentile() {
		assertThat(Percentiles.of(List.of(42L))).isEqualTo(new Percentiles(1, 42, 42, 42));
	}

	@Test
	void anEmptySampleIsAllZeros() {
		assertThat(Percentiles.of(List.of())).isEqualTo(new Percentiles(0, 0, 0, 0));
	}

}
