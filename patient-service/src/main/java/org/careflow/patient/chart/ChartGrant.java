package org.careflow.patient.chart;

import org.careflow.platform.security.Caller;

/**
 * Permission, just checked, to act on one patient's chart; {@code emergency} when it was
 * given only because the caller broke the glass.
 */
public record ChartGrant(Caller caller, String patientId, ChartArea area, boolean emergency) {

	/** Whether the caller may see the patient's chart beyond the prescription itself. */
	public boolean isPharmacistOnly() {
		return this.caller.is("pharmacist") && !this.caller.is("admin") && !this.caller.is("doctor")
				&& !this.caller.is("nurse");
	}

}
