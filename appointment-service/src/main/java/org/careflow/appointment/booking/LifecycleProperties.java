package org.careflow.appointment.booking;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The appointment's day ({@code careflow.lifecycle.*}).
 *
 * @param checkInOpensBefore how long before the start a patient may be checked in (until
 * the end)
 */
@Validated
@ConfigurationProperties("careflow.lifecycle")
record LifecycleProperties(@DefaultValue("60m") @NotNull Duration checkInOpensBefore) {

	LifecycleProperties {
		if (checkInOpensBefore.isNegative() || checkInOpensBefore.compareTo(Duration.ofDays(366)) > 0) {
			throw new IllegalArgumentException(
					"careflow.lifecycle.check-in-opens-before must lie between 0 and 366 days");
		}
	}

}
