package org.careflow.patient.chart;

import java.util.Locale;

/** What a caller does with a part of a chart. */
public enum ChartAction {

	/** See a patient's list of entries. */
	LIST,

	/** See one entry. */
	READ,

	/** Create, change or mark entered-in-error. */
	WRITE,

	/** Dispense a prescription. */
	FILL,

	/** Record that a planned procedure was done. */
	PERFORM;

	/** The action's name in the audit trail. */
	public String auditName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
