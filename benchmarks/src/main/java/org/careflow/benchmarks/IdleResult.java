package org.careflow.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * I1: CPU the idle suite uses, in CPU seconds per minute, by process.
 *
 * @param seconds length of each idle window
 * @param fresh with only the seeded data stored
 * @param stored the appointments inserted before the second window (0 if it did not run)
 * @param withStored after they were inserted
 */
record IdleResult(long seconds, Map<String, Double> fresh, long stored, Map<String, Double> withStored) {

	IdleResult {
		fresh = new LinkedHashMap<>(fresh);
		withStored = new LinkedHashMap<>(withStored);
	}

	static double total(Map<String, Double> cpu) {
		return cpu.values().stream().mapToDouble(Double::doubleValue).sum();
	}

}
