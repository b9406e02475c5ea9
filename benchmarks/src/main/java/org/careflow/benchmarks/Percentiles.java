package org.careflow.benchmarks;

import java.util.Collection;

/**
 * p50, p99 and the maximum of a sample, by the nearest-rank method (the smallest value at
 * or above which the given share of the sample lies), in the sample's own unit.
 *
 * @param count size of the sample
 * @param p50 the median
 * @param p99 the 99th percentile
 * @param max the largest value
 */
record Percentiles(int count, long p50, long p99, long max) {

	static Percentiles of(Collection<Long> sample) {
		long[] sorted = sample.stream().mapToLong(Long::longValue).sorted().toArray();
		if (sorted.length == 0) {
			return new Percentiles(0, 0, 0, 0);
		}
		return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 99), sorted[sorted.length - 1]);
	}

	private static long rank(long[] sorted, double percent) {
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

}
