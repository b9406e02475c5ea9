package org.careflow.patient.admission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.careflow.patient.departments.Labels;

/** {@code POST /api/departments/{departmentId}/beds/ready}: which bed is clean again. */
record BedRequest(@NotNull @Pattern(regexp = Labels.PATTERN, message = Ids.LABEL_MESSAGE) String room,
		@NotNull @Pattern(regexp = Labels.PATTERN, message = Ids.LABEL_MESSAGE) String bed) {
}
