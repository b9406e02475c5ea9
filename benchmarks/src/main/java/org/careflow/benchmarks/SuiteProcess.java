package org.careflow.benchmarks;

import java.util.List;

/**
 * One part of the running suite and its processes (Keycloak is kc.sh and its JVM).
 *
 * @param name as the tables show it
 * @param pids its processes
 */
record SuiteProcess(String name, List<Long> pids) {

	SuiteProcess {
		pids = List.copyOf(pids);
	}

	long residentMib() {
		return ProcessStats.residentKib(this.pids) / 1024;
	}

	double cpuSeconds() {
		return ProcessStats.cpuSeconds(this.pids);
	}

}
