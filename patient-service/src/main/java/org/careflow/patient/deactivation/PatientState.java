package org.careflow.patient.deactivation;

import java.time.Instant;

/**
 * Where a patient stands: active ({@code deactivatedAt} null), deactivated and kept until
 * {@code retainUntil}, or anonymised.
 */
record PatientState(String id, Instant deactivatedAt, Instant retainUntil, Instant anonymisedAt) {

	boolean isActive() {
		return this.deactivatedAt == null;
	}

}
