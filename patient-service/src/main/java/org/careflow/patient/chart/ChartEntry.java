package org.careflow.patient.chart;

/**
 * What every stored chart entry has, whatever its kind: its patient, a status, and a
 * version that each change increases (a stale change is refused with 409). Entries are
 * never deleted; a mistaken one gets the status {@value #ENTERED_IN_ERROR}, is hidden
 * from lists, and stays readable by id with who marked it, when and why.
 */
public interface ChartEntry {

	/** FHIR's status for an entry that should never have existed. */
	String ENTERED_IN_ERROR = "entered-in-error";

	String id();

	String patientId();

	String status();

	long version();

}
