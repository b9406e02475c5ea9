package org.careflow.localstack;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes an earlier run of a stack left behind when its launcher died without stopping
 * them (killed outright, or out of memory): they would hold the ports (and the data) of
 * the next run on the same ports. Every process the launcher starts carries its stack's
 * gateway port on its command line ({@link #marker(int)}), so the next start on those
 * ports finds them by it and stops them first.
 */
final class LeftoverProcesses {

	private static final Logger log = LoggerFactory.getLogger(LeftoverProcesses.class);

	private LeftoverProcesses() {
	}

	/**
	 * The system property that marks a process as belonging to the stack whose gateway
	 * listens on {@code gatewayPort} (the space after it keeps port 18080 from matching
	 * 1808).
	 */
	static String marker(int gatewayPort) {
		return "-Dcareflow.stack=gateway-port-" + gatewayPort;
	}

	/** Stops every process marked with this stack's gateway port, but this JVM. */
	static void stopThoseOf(int gatewayPort) {
		String marker = marker(gatewayPort) + " ";
		long self = ProcessHandle.current().pid();
		List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
			.filter(process -> process.pid() != self)
			.filter(process -> process.info().commandLine().map(command -> command.contains(marker)).orElse(false))
			.toList();
		if (leftovers.isEmpty()) {
			return;
		}
		log.warn("Stopping {} processes an earlier run of this stack left behind (its launcher died)",
				leftovers.size());
		Processes.stopTrees(leftovers, Duration.ofSeconds(20));
	}

}
