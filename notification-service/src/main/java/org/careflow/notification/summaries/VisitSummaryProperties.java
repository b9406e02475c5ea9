package org.careflow.notification.summaries;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the patient hears that their visit summary is ready
 * ({@code careflow.visit-summaries.*}). They are looked for as often as reminders
 * ({@code careflow.reminders.sweep-every}), with the same lease and retry.
 *
 * @param quietPeriod how long after the doctor's last edit of a visit
 * ({@code VISIT_SUMMARY_QUIET_PERIOD}): a doctor who writes the notes in three sittings
 * causes one email, after the last
 */
@ConfigurationProperties("careflow.visit-summaries")
public record VisitSummaryProperties(@DefaultValue("10m") Duration quietPeriod) {

	static final Duration MAX_QUIET_PERIOD = Duration.ofDays(1);

	public VisitSummaryProperties {
		if (quietPeriod.isNegative() || quietPeriod.compareTo(MAX_QUIET_PERIOD) > 0) {
			throw new IllegalArgumentException("careflow.visit-summaries.quiet-period must lie between 0 and "
					+ MAX_QUIET_PERIOD + ", not " + quietPeriod);
		}
	}

}
