package org.careflow.platform.audit;

import java.time.Duration;
import java.time.Instant;

/**
 * Which audit entries to find: those of one patient (or all, when {@code patientId} is
 * null) in {@code [from, to)}, newest first, at most {@code limit}.
 */
public record AuditQuery(String patientId, Instant from, Instant to, int limit) {

	/** The longest period one query may cover. */
	public static final Duration MAX_PERIOD = Duration.ofDays(366);

	public static final int MAX_LIMIT = 1000;

	/**
	 * @throws IllegalArgumentException naming the parameter that is out of bounds
	 */
	public AuditQuery {
		if (from == null || to == null || !from.isBefore(to)) {
			throw new IllegalArgumentException("to: must be after from");
		}
		if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
			throw new IllegalArgumentException("to: the period may span at most " + MAX_PERIOD.toDays() + " days");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit: must be between 1 and " + MAX_LIMIT);
		}
	}

}
