package org.careflow.appointment.domain;

import java.time.Instant;

/**
 * The visit record of an appointment: vital signs (FHIR Observation vital signs) and the
 * doctor's notes, with who recorded the latest change and when.
 */
public record Visit(Integer systolic, Integer diastolic, Integer pulse, Integer oxygenSaturation, String notes,
		Instant recordedAt, String recordedBy) {

	/** {@code previous} (may be null) updated by {@code entry}: given values replace. */
	static Visit merge(Visit previous, VisitEntry entry, String by, Instant now) {
		Visit base = (previous != null) ? previous : new Visit(null, null, null, null, null, null, null);
		Visit merged = new Visit(pick(entry.systolic(), base.systolic), pick(entry.diastolic(), base.diastolic),
				pick(entry.pulse(), base.pulse), pick(entry.oxygenSaturation(), base.oxygenSaturation),
				pick(entry.notes(), base.notes), now, by);
		if (merged.systolic != null && merged.diastolic != null && merged.systolic <= merged.diastolic) {
			throw new AppointmentRuleException("Systolic pressure must exceed diastolic pressure.");
		}
		return merged;
	}

	private static <T> T pick(T given, T previous) {
		return (given != null) ? given : previous;
	}

}
