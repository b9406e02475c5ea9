package org.careflow.appointment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which appointments a list shows: the caller's own (nothing set), a doctor's day
 * ({@code doctorId} and {@code date}, in the doctor's time zone), or a patient's history
 * ({@code patientId}).
 */
record AppointmentFilter(
		@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*",
				message = "may contain only letters, digits and hyphens") String doctorId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]*",
				message = "may contain only letters, digits and hyphens") String patientId) {

	/** The days a doctor's day may be asked for: no clinic looks further. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	/**
	 * @throws InvalidFieldException naming the parameter that does not fit
	 */
	void requireConsistent() {
		if (this.patientId != null && (this.doctorId != null || this.date != null)) {
			throw new InvalidFieldException("patientId", "cannot be combined with doctorId or date");
		}
		if (this.doctorId != null && this.date == null) {
			throw new InvalidFieldException("date", "is required with doctorId (a day, e.g. 2030-01-07)");
		}
		if (this.date != null && this.doctorId == null) {
			throw new InvalidFieldException("doctorId", "is required with date");
		}
		if (this.date != null && (this.date.getYear() < FIRST_YEAR || this.date.getYear() > LAST_YEAR)) {
			throw new InvalidFieldException("date",
					"must lie between " + FIRST_YEAR + "-01-01 and " + LAST_YEAR + "-12-31");
		}
	}

	boolean isDoctorsDay() {
		return this.doctorId != null;
	}

	boolean isPatientHistory() {
		return this.patientId != null;
	}

}
