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
 * @param noShowAfter how long after the start an appointment nobody checked in becomes a
 * no-show, automatically
 * @param noShowSweepEvery how often each replica looks for such appointments
 */
@Validated
@ConfigurationProperties("careflow.lifecycle")
record LifecycleProperties(@DefaultValue("60m") @NotNull Duration checkInOpensBefore,
		@DefaultValue("15m") @NotNull Duration noShowAfter, @DefaultValue("30s") @NotNull Duration noShowSweepEvery) {

	LifecycleProperties {
		requireWithin("check-in-opens-before", checkInOpensBefore, Duration.ZERO, Duration.ofDays(366));
		requireWithin("no-show-after", noShowAfter, Duration.ZERO, Duration.ofDays(1));
		requireWithin("no-show-sweep-every", noShowSweepEvery, Duration.ofSeconds(1), Duration.ofHours(1));
	}

	private static void requireWithin(String name, Duration value, Duration min, Duration max) {
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			throw new IllegalArgumentException(
					"careflow.lifecycle." + name + " must lie between " + min + " and " + max + ", not " + value);
		}
	}

}
