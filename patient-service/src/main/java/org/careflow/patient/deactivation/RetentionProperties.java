package org.careflow.patient.deactivation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a deactivated patient's profile is kept before its personal fields are
 * cleared: {@code careflow.patients.retention}, 10 years by default (3650 days; the usual
 * minimum for medical records, e.g. Germany's BGB §630f and England's GP records). A
 * clinic sets the period its jurisdiction requires. The anonymisation job runs on
 * {@code careflow.patients.anonymisation-cron} (03:17 every night by default).
 */
@ConfigurationProperties("careflow.patients")
record RetentionProperties(@DefaultValue("3650d") Duration retention,
		@DefaultValue("0 17 3 * * *") String anonymisationCron) {

	RetentionProperties {
		if (retention.isNegative()) {
			throw new IllegalArgumentException("careflow.patients.retention must not be negative");
		}
	}

}
