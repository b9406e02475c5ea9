package org.careflow.localstack;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoverProcessesTest {

	@Test
	void processesMarkedWithTheStacksPortAreStoppedAndOthersAreLeftAlone() throws Exception {
		Process leftover = marked(48080);
		Process someoneElses = marked(4808);
		try {
			LeftoverProcesses.stopThoseOf(48080);

			assertThat(leftover.waitFor(10, TimeUnit.SECONDS)).as("leftover stopped").isTrue();
			assertThat(someoneElses.isAlive()).as("another stack's process").isTrue();
		}
		finally {
			leftover.destroyForcibly();
			someoneElses.destroyForcibly();
		}
	}

	/**
	 * A shell that stays alive, carrying the mark on its command line as a service does
	 * (followed by more arguments, as the service's -jar is).
	 */
	private static Process marked(int gatewayPort) throws Exception {
		return new ProcessBuilder("bash", "-c", "sleep 300; true", "careflow-test",
				LeftoverProcesses.marker(gatewayPort), "-jar")
			.start();
	}

}
