package org.careflow.appointment.domain;

/**
 * What one clinician records at a visit; a value left out keeps what was recorded before.
 * Blood pressure in mmHg, pulse per minute, oxygen saturation in percent.
 */
public record VisitEntry(Integer systolic, Integer diastolic, Integer pulse, Integer oxygenSaturation, String notes) {

	boolean hasNotes() {
		return this.notes != null;
	}

}
