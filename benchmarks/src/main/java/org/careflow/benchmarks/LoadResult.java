package org.careflow.benchmarks;

/**
 * One measured wrk run of a workload: a row of the results table.
 *
 * @param workload R1, R2, W1, O1...
 * @param target {@code gateway} or the service called directly
 * @param connections wrk's connections
 * @param report what wrk measured
 */
record LoadResult(Workload workload, String target, int connections, WrkReport report) {

	/** {@code R1 gateway c16}: names the row in the table, the JSON and comparisons. */
	String name() {
		return this.workload + " " + this.target + " c" + this.connections;
	}

}
