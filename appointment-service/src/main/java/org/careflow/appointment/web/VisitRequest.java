package org.careflow.appointment.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.careflow.appointment.domain.VisitEntry;
import org.careflow.platform.validation.PlainText;

/**
 * Vital signs and notes of a visit, each optional but not all absent; ranges are what a
 * monitor can plausibly show, so a typo (e.g. 1200 mmHg) is caught at the door.
 */
@SystolicAboveDiastolic
record VisitRequest(
		@Min(value = 50, message = "must be at least 50 mmHg") @Max(value = 260,
				message = "must be at most 260 mmHg") Integer systolic,
		@Min(value = 30, message = "must be at least 30 mmHg") @Max(value = 160,
				message = "must be at most 160 mmHg") Integer diastolic,
		@Min(value = 20, message = "must be at least 20 /min") @Max(value = 250,
				message = "must be at most 250 /min") Integer pulse,
		@Min(value = 50, message = "must be at least 50 %") @Max(value = 100,
				message = "must be at most 100 %") Integer oxygenSaturation,
		@Size(max = 4000) @PlainText String notes) {

	/**
	 * An update with no value changes nothing, yet would tell the patient their visit was
	 * updated; it is refused, reported on {@code visit} (a bean property, so the error
	 * names it).
	 */
	@JsonIgnore
	@AssertTrue(message = "must contain at least one value")
	boolean isVisit() {
		return this.systolic != null || this.diastolic != null || this.pulse != null || this.oxygenSaturation != null
				|| this.notes != null;
	}

	VisitEntry toEntry() {
		return new VisitEntry(this.systolic, this.diastolic, this.pulse, this.oxygenSaturation, this.notes);
	}

}
