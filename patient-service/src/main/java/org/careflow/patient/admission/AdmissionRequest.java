package org.careflow.patient.admission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.careflow.patient.departments.Labels;

/** {@code POST /api/patients/{patientId}/admission}: where the patient is to lie. */
record AdmissionRequest(@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String departmentId,
		@NotNull @Pattern(regexp = Labels.PATTERN, message = Ids.LABEL_MESSAGE) String room,
		@NotNull @Pattern(regexp = Labels.PATTERN, message = Ids.LABEL_MESSAGE) String bed) {

	BedPlace place() {
		return new BedPlace(this.departmentId, this.room, this.bed);
	}

}
