package org.careflow.patient.chart;

import org.careflow.platform.security.Caller;

/** Whose list a chart list request asks for. */
public final class ChartLists {

	public static final String PATIENT_ID = "patientId";

	/** Ids are UUIDs; the bound keeps a made-up value from reaching the store. */
	public static final int MAX_ID_LENGTH = 64;

	private ChartLists() {
	}

	/**
	 * The patient named by {@code ?patientId=}; for a patient without it, themself (a
	 * patient naming someone else is then refused by {@link ChartAccess}).
	 * @throws InvalidChartRequestException if a staff member names no patient: a list of
	 * everyone's chart is never offered
	 */
	public static String patientOf(Caller caller, String requested) {
		if (requested != null && !requested.isBlank()) {
			if (requested.length() > MAX_ID_LENGTH) {
				throw new InvalidChartRequestException(PATIENT_ID, "must be at most " + MAX_ID_LENGTH + " characters");
			}
			return requested;
		}
		if (caller.is("patient")) {
			return caller.id();
		}
		throw new InvalidChartRequestException(PATIENT_ID, "is required");
	}

}
