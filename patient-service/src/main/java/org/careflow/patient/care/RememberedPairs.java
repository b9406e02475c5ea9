package org.careflow.patient.care;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The doctor–patient pairs this process has already stored, so a booking for a pair it
 * knows costs no database write: most bookings are by patients who have seen that doctor
 * before, and every booking, move and replayed event would otherwise upsert. Bounded
 * (least recently seen pairs are forgotten first), so memory does not grow with the
 * clinic; a forgotten pair only costs one idempotent upsert again. Safe because a care
 * relation is never removed.
 */
final class RememberedPairs {

	/** About 200 bytes a pair: at most a few MB. */
	static final int DEFAULT_CAPACITY = 20_000;

	private final Map<String, Boolean> pairs;

	RememberedPairs(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
		}
		this.pairs = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
				return size() > capacity;
			}

		};
	}

	/** Whether the pair was stored before (and marks it recently seen). */
	synchronized boolean contains(String pair) {
		return this.pairs.get(pair) != null;
	}

	/** After the pair is stored. */
	synchronized void add(String pair) {
		this.pairs.put(pair, Boolean.TRUE);
	}

	synchronized int size() {
		return this.pairs.size();
	}

}
