package org.careflow.appointment.booking;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.careflow.appointment.domain.BookingRules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on booking ({@code careflow.booking.*}).
 *
 * @param maxDaysAhead how far ahead a start may lie
 * @param maxUpcomingPerPatient how many future active appointments one patient may hold
 * @param leaseTime how long one patient's booking in progress keeps others of theirs
 * waiting: longer than the slowest booking (service token ≤ 5 s, claim ≤ 1.7 s), so a
 * lease never lapses under a live booking, yet a crashed holder blocks only briefly
 */
@Validated
@ConfigurationProperties("careflow.booking")
record BookingProperties(@DefaultValue("365") @Min(1) @Max(3650) int maxDaysAhead,
		@DefaultValue("5") @Min(1) int maxUpcomingPerPatient, @DefaultValue("10s") Duration leaseTime) {

	BookingRules rules() {
		return new BookingRules(Duration.ofDays(this.maxDaysAhead), this.maxUpcomingPerPatient);
	}

}
