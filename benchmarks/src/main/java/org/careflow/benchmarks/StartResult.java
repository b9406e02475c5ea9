package org.careflow.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * S1: time to ready, in seconds.
 *
 * @param suite the whole suite, from the launcher JVM's start until every service was
 * ready (Keycloak imports the realm: the data is fresh)
 * @param services each service restarted alone on the warm machine, from its launch until
 * its {@code /readyz} answered 200
 */
record StartResult(double suite, Map<String, Double> services) {

	StartResult {
		services = new LinkedHashMap<>(services);
	}

}
