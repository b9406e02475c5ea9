package org.careflow.platform.kafka;

import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

class WaitForDependencyTest {

	@Test
	void aDependencyAwayIsRecognisedThroughTheListenersWrapping() {
		Exception wrapped = new ListenerExecutionFailedException("listener failed",
				new IllegalStateException("send failed", new ServerAway()));

		assertThat(WaitForDependency.isCauseOf(wrapped)).isTrue();
	}

	@Test
	void anyOtherFailureIsRetriedAndDeadLetteredAsBefore() {
		Exception wrapped = new ListenerExecutionFailedException("listener failed",
				new IllegalArgumentException("no such patient"));

		assertThat(WaitForDependency.isCauseOf(wrapped)).isFalse();
		assertThat(WaitForDependency.isCauseOf(null)).isFalse();
	}

	private static final class ServerAway extends RuntimeException implements WaitForDependency {

	}

}
