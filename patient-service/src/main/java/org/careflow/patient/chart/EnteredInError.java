package org.careflow.patient.chart;

import java.time.Instant;

/**
 * Why, by whom and when an entry was marked entered-in-error. The reason is kept in the
 * chart only: it never leaves this service.
 */
public record EnteredInError(String reason, String byId, Instant at) {

	public static final int MAX_REASON_LENGTH = 500;

}
