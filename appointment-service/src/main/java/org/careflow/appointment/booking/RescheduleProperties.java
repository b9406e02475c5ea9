package org.careflow.appointment.booking;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Finishing reschedules whose process stopped half-way ({@code careflow.reschedule.*},
 * {@link RescheduleRecovery}).
 *
 * @param interruptedAfter how long after it began a reschedule still listed as in flight
 * is taken for one whose process died. A live reschedule holds the patient's booking
 * lease ({@code careflow.booking.lease-time}, 10 s) and its scheduling calls are bounded,
 * so it never takes this long; at least 15 s, so a recovery never races a live one.
 * @param recoveryEvery how often each replica looks for interrupted reschedules
 */
@Validated
@ConfigurationProperties("careflow.reschedule")
record RescheduleProperties(@DefaultValue("1m") @NotNull Duration interruptedAfter,
		@DefaultValue("30s") @NotNull Duration recoveryEvery) {

	static final Duration SHORTEST_INTERRUPTION = Duration.ofSeconds(15);

	RescheduleProperties {
		if (interruptedAfter.compareTo(SHORTEST_INTERRUPTION) < 0
				|| interruptedAfter.compareTo(Duration.ofHours(1)) > 0) {
			throw new IllegalArgumentException(
					"careflow.reschedule.interrupted-after must lie between 15 seconds and an hour, not "
							+ interruptedAfter);
		}
		if (recoveryEvery.compareTo(Duration.ofSeconds(1)) < 0 || recoveryEvery.compareTo(Duration.ofHours(1)) > 0) {
			throw new IllegalArgumentException(
					"careflow.reschedule.recovery-every must lie between 1 second and an hour, not " + recoveryEvery);
		}
	}

}
