package org.careflow.scheduling.claims;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How patients hold slots while they decide.
 *
 * @param ttl how long a hold keeps its slot ({@code SLOT_HOLD_TTL})
 * @param maxPerPatient how many slots one patient may hold at once, so no one can block a
 * calendar ({@code SLOT_HOLDS_PER_PATIENT})
 */
@Validated
@ConfigurationProperties("careflow.scheduling.holds")
record HoldProperties(@DefaultValue("5m") Duration ttl, @DefaultValue("3") @Min(1) @Max(10) int maxPerPatient) {
}
