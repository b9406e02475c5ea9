package org.careflow.notification.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VerifyEmailLinkPropertiesTest {

	@Test
	void theWelcomesLinkWorksFromAnHourToThirtyDays() {
		assertThat(new VerifyEmailLinkProperties(Duration.ofHours(1)).verifyEmailValidity())
			.isEqualTo(Duration.ofHours(1));
		assertThat(new VerifyEmailLinkProperties(Duration.ofDays(30)).verifyEmailValidity())
			.isEqualTo(Duration.ofDays(30));
		assertThatIllegalArgumentException().isThrownBy(() -> new VerifyEmailLinkProperties(Duration.ofMinutes(59)))
			.withMessageContaining("VERIFY_EMAIL_LINK_VALIDITY")
			.withMessageContaining("1h to 30d");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VerifyEmailLinkProperties(Duration.ofDays(30).plusSeconds(1)))
			.withMessageContaining("VERIFY_EMAIL_LINK_VALIDITY");
	}

}
