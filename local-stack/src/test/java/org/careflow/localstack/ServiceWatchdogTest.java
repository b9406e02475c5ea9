package org.careflow.localstack;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceWatchdogTest {

	private long now;

	private final ServiceWatchdog watchdog = new ServiceWatchdog(Duration.ofSeconds(2), () -> this.now);

	@Test
	void aServiceThatDiedAfterRunningAWhileIsRestartedAtOnce() {
		FakeService service = new FakeService("scheduling-service", Duration.ofMinutes(5));
		service.die();

		this.watchdog.check(List.of(service));

		assertThat(service.starts).isEqualTo(1);
		assertThat(service.isAlive()).isTrue();
	}

	@Test
	void aServiceStoppedOnPurposeStaysStopped() {
		FakeService service = new FakeService("scheduling-service", Duration.ofMinutes(5));
		service.stopOnPurpose();

		this.watchdog.check(List.of(service));

		assertThat(service.starts).isZero();
	}

	@Test
	void aServiceThatKeepsDyingSoonAfterStartingIsRestartedAfterGrowingPauses() {
		FakeService service = new FakeService("patient-service", Duration.ofSeconds(3));
		service.die();

		this.watchdog.check(List.of(service));
		assertThat(service.starts).as("no restart before the first pause").isZero();
		advance(Duration.ofSeconds(2));
		this.watchdog.check(List.of(service));
		assertThat(service.starts).isEqualTo(1);

		service.die();
		this.watchdog.check(List.of(service));
		advance(Duration.ofSeconds(2));
		this.watchdog.check(List.of(service));
		assertThat(service.starts).as("the second pause is longer than 2 s").isEqualTo(1);
		advance(Duration.ofSeconds(2));
		this.watchdog.check(List.of(service));
		assertThat(service.starts).isEqualTo(2);
	}

	@Test
	void aLiveServiceIsLeftAlone() {
		FakeService service = new FakeService("gateway", Duration.ofSeconds(1));

		this.watchdog.check(List.of(service));

		assertThat(service.starts).isZero();
	}

	private void advance(Duration duration) {
		this.now += duration.toNanos();
	}

	private static final class FakeService implements ServiceWatchdog.Supervised {

		private final String module;

		private final Duration lifetime;

		private boolean alive = true;

		private boolean onPurpose;

		private int starts;

		FakeService(String module, Duration lifetime) {
			this.module = module;
			this.lifetime = lifetime;
		}

		void die() {
			this.alive = false;
		}

		void stopOnPurpose() {
			this.alive = false;
			this.onPurpose = true;
		}

		@Override
		public String module() {
			return this.module;
		}

		@Override
		public boolean isAlive() {
			return this.alive;
		}

		@Override
		public boolean stoppedOnPurpose() {
			return this.onPurpose;
		}

		@Override
		public Duration uptime() {
			return this.lifetime;
		}

		@Override
		public String exitDescription() {
			return "exited with code 137";
		}

		@Override
		public void start() {
			this.starts++;
			this.alive = true;
			this.onPurpose = false;
		}

	}

}
