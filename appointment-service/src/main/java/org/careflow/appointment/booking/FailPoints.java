package org.careflow.appointment.booking;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deliberate crashes at named steps, for the system test that kills appointment-service
 * in the middle of a reschedule (the fail points of etcd's gofail or TiKV, reduced to one
 * method). Off unless {@code careflow.fail-points.halt-at} names a step: the JVM then
 * stops at that step as abruptly as a SIGKILL would — no shutdown hooks, nothing finished
 * — so the recovery meets exactly what a real crash leaves behind. A timed kill from
 * outside could not hit the few milliseconds between two writes.
 */
@Component
class FailPoints {

	private static final Logger log = LoggerFactory.getLogger(FailPoints.class);

	/**
	 * The new slot is claimed and the new appointment stored; the old one still stands.
	 */
	static final String RESCHEDULE_NEW_APPOINTMENT_STORED = "reschedule-new-appointment-stored";

	private static final Set<String> STEPS = Set.of(RESCHEDULE_NEW_APPOINTMENT_STORED);

	/** What a process killed by SIGKILL exits with. */
	private static final int KILLED = 137;

	private final String haltAt;

	FailPoints(@Value("${careflow.fail-points.halt-at:}") String haltAt) {
		if (!haltAt.isEmpty() && !STEPS.contains(haltAt)) {
			throw new IllegalArgumentException(
					"careflow.fail-points.halt-at must be empty or one of " + STEPS + ", not " + haltAt);
		}
		this.haltAt = haltAt;
		if (!haltAt.isEmpty()) {
			log.warn("Fail point armed: this process halts at step '{}' (careflow.fail-points.halt-at)", haltAt);
		}
	}

	void reached(String step) {
		if (step.equals(this.haltAt)) {
			log.error("Fail point '{}' reached: halting", step);
			Runtime.getRuntime().halt(KILLED);
		}
	}

}
