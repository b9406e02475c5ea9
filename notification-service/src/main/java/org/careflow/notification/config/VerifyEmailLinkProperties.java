package org.careflow.notification.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the welcome email's link verifies the patient's address
 * ({@code careflow.links.verify-email-validity}, {@code VERIFY_EMAIL_LINK_VALIDITY}). At
 * least an hour, so a patient who reads their email later the same day can still use it;
 * at most 30 days, so a link in an old mailbox does not verify an address forever.
 */
@ConfigurationProperties("careflow.links")
record VerifyEmailLinkProperties(@DefaultValue("72h") Duration verifyEmailValidity) {

	static final Duration SHORTEST = Duration.ofHours(1);

	static final Duration LONGEST = Duration.ofDays(30);

	VerifyEmailLinkProperties {
		if (verifyEmailValidity == null || verifyEmailValidity.compareTo(SHORTEST) < 0
				|| verifyEmailValidity.compareTo(LONGEST) > 0) {
			throw new IllegalArgumentException(
					"careflow.links.verify-email-validity (VERIFY_EMAIL_LINK_VALIDITY) must be 1h to 30d, not "
							+ verifyEmailValidity);
		}
	}

}
