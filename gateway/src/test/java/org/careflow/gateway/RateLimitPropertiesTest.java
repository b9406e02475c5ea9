package org.careflow.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitPropertiesTest {

	@Test
	void aLimitOfZeroIsRefusedAtStartupRatherThanBlockingEveryone() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties(50, 0, 20, 40, 10, 10, 20000))
			.withMessageContaining("careflow.rate-limit.user-burst")
			.withMessageContaining("careflow.rate-limit.enabled=false");
	}

}
