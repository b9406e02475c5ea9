package org.careflow.notification.reminders;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out ({@code careflow.reminders.*}).
 *
 * @param leadTimes how long before the start each reminder is due, e.g. {@code 24h,2h}
 * ({@code REMINDER_LEAD_TIMES}); whole minutes, at most {@value #MAX_LEAD_TIMES}
 * @param maxLateness how late a reminder may still go out, e.g. after this service was
 * down when it fell due ({@code REMINDER_MAX_LATENESS}); never once the appointment
 * started
 * @param sweepEvery how often each replica looks for reminders that fell due
 * ({@code REMINDER_SWEEP_EVERY})
 * @param lease how long a replica that claimed a reminder has to send it before another
 * may ({@code REMINDER_LEASE}); longer than an SMTP send with its timeouts
 * @param retryAfter how long after a failed send (SMTP down) it is tried again
 * ({@code REMINDER_RETRY_AFTER})
 */
@ConfigurationProperties("careflow.reminders")
public record ReminderProperties(@DefaultValue("24h") List<Duration> leadTimes,
		@DefaultValue("12h") Duration maxLateness, @DefaultValue("30s") Duration sweepEvery,
		@DefaultValue("2m") Duration lease, @DefaultValue("1m") Duration retryAfter) {

	static final int MAX_LEAD_TIMES = 5;

	public ReminderProperties {
		if (leadTimes.size() > MAX_LEAD_TIMES) {
			throw new IllegalArgumentException("careflow.reminders.lead-times holds at most " + MAX_LEAD_TIMES
					+ " lead times, not " + leadTimes.size());
		}
		for (Duration lead : leadTimes) {
			requireWithin("lead-times", lead, Duration.ofMinutes(1), Duration.ofDays(30));
			if (lead.toSecondsPart() != 0 || lead.toNanosPart() != 0) {
				throw new IllegalArgumentException("careflow.reminders.lead-times must be whole minutes, not " + lead);
			}
		}
		if (new HashSet<>(leadTimes).size() != leadTimes.size()) {
			throw new IllegalArgumentException("careflow.reminders.lead-times lists a lead time twice: " + leadTimes);
		}
		leadTimes = List.copyOf(leadTimes);
		requireWithin("max-lateness", maxLateness, Duration.ZERO, Duration.ofDays(30));
		requireWithin("sweep-every", sweepEvery, Duration.ofSeconds(1), Duration.ofHours(1));
		requireWithin("lease", lease, Duration.ofSeconds(10), Duration.ofHours(1));
		requireWithin("retry-after", retryAfter, Duration.ofSeconds(1), Duration.ofHours(1));
	}

	private static void requireWithin(String name, Duration value, Duration min, Duration max) {
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			throw new IllegalArgumentException(
					"careflow.reminders." + name + " must lie between " + min + " and " + max + ", not " + value);
		}
	}

}
