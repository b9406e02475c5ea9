package org.careflow.scheduling.claims;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tentativeHold how long a claim stays without its booking being confirmed
 * @param sweepInterval how often expired tentative claims are removed
 */
@ConfigurationProperties("careflow.scheduling.claims")
record ClaimProperties(@DefaultValue("10m") Duration tentativeHold, @DefaultValue("1m") Duration sweepInterval) {
}
