package org.careflow.scheduling.claims;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How slot claims behave. How often expired ones are swept ({@code sweep-interval}) is
 * read by {@link TentativeClaimSweeper}'s schedule directly.
 *
 * @param tentativeHold how long a claim stays without its booking being confirmed
 */
@ConfigurationProperties("careflow.scheduling.claims")
record ClaimProperties(@DefaultValue("10m") Duration tentativeHold) {
}
