package org.careflow.appointment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.careflow.appointment.domain.VisitEntry;

/**
 * Vital signs and notes of a visit, each optional; ranges are what a monitor can
 * plausibly show, so a typo (e.g. 1200 mmHg) is caught at the door.
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
		@Size(max = 4000) String notes) {

	VisitEntry toEntry() {
		return new VisitEntry(this.systolic, this.diastolic, this.pulse, this.oxygenSaturation, this.notes);
	}

}
