package org.careflow.benchmarks;

import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * O1: bookings at 256 connections, then reads right after.
 *
 * @param load the overload run
 * @param recovery R1 via the gateway at 16 connections, started as the overload ended
 * @param normalReadRate R1's rate at 16 connections measured earlier, or 0 if R1 did not
 * run
 */
record OverloadResult(LoadResult load, WrkReport recovery, double normalReadRate) {

	/**
	 * What an overloaded CareFlow may answer: booked, taken or busy, slow down,
	 * unavailable.
	 */
	static final Set<Integer> ALLOWED = Set.of(201, 409, 429, 503);

	SortedMap<Integer, Long> unexpectedStatuses() {
		SortedMap<Integer, Long> unexpected = new TreeMap<>(this.load.report().statuses());
		unexpected.keySet().removeAll(ALLOWED);
		return unexpected;
	}

	/** Reads per second right after the overload, over the normal rate (0 if unknown). */
	double recoveryRatio() {
		return (this.normalReadRate > 0) ? this.recovery.requestsPerSecond() / this.normalReadRate : 0;
	}

}
