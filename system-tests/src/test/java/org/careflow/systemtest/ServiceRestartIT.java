package org.careflow.systemtest;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The launcher restarts a service that dies, as an orchestrator would. */
class ServiceRestartIT {

	private final SystemStack stack = SystemStack.get();

	@Test
	void aServiceKilledOutrightIsRestartedAndServesAgain() {
		long before = this.stack.stack().servicePids().get("doctor-service");
		ProcessHandle.of(before).ifPresent(ProcessHandle::destroyForcibly);

		// while it restarts its port refuses connections: keep asking
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.ignoreExceptions()
			.untilAsserted(() -> {
				Long after = this.stack.stack().servicePids().get("doctor-service");
				assertThat(after).isNotNull().isNotEqualTo(before);
				assertThat(this.stack.serviceApi("doctor-service").get("/readyz", null).status()).isEqualTo(200);
			});
		assertThat(this.stack.api().get("/api/doctors", this.stack.clinic().adminToken()).status()).isEqualTo(200);
	}

}
