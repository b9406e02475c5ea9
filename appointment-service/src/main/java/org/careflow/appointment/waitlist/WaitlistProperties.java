package org.careflow.appointment.waitlist;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The waitlist ({@code careflow.waitlist.*}).
 *
 * @param offerFor how long a freed slot is held for the patient it is offered to
 * @param maxEntriesPerPatient how many places one patient may wait in at once
 */
@Validated
@ConfigurationProperties("careflow.waitlist")
public record WaitlistProperties(@DefaultValue("15m") @NotNull Duration offerFor,
		@DefaultValue("5") @Min(1) @Max(50) int maxEntriesPerPatient) {

	public WaitlistProperties {
		if (offerFor.compareTo(Duration.ofMinutes(1)) < 0 || offerFor.compareTo(Duration.ofDays(1)) > 0) {
			throw new IllegalArgumentException("careflow.waitlist.offer-for must lie between 1 minute and a day");
		}
	}

}
