package org.careflow.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * M1: resident memory of every process, in MiB.
 *
 * @param idle after the seeding, with the suite idle
 * @param afterLoad right after the load workloads
 */
record MemoryResult(Map<String, Long> idle, Map<String, Long> afterLoad) {

	MemoryResult {
		idle = new LinkedHashMap<>(idle);
		afterLoad = new LinkedHashMap<>(afterLoad);
	}

	static long total(Map<String, Long> mib) {
		return mib.values().stream().mapToLong(Long::longValue).sum();
	}

}
