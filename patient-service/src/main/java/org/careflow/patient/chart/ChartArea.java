package org.careflow.patient.chart;

/** The parts of a patient's chart, each with its own rights and its own collection. */
public enum ChartArea {

	/**
	 * Diagnoses/conditions, clinical notes, check-up entries (FHIR Condition and notes).
	 */
	RECORDS("record", "records"),

	/** FHIR AllergyIntolerance. */
	ALLERGIES("allergy", "allergies"),

	/** FHIR MedicationRequest, and its MedicationDispense when filled. */
	PRESCRIPTIONS("prescription", "prescriptions"),

	/** FHIR Immunization. */
	VACCINES("vaccine", "vaccines"),

	/** FHIR Procedure. */
	PROCEDURES("procedure", "procedures");

	private final String resourceType;

	private final String collection;

	ChartArea(String resourceType, String collection) {
		this.resourceType = resourceType;
		this.collection = collection;
	}

	/** The collection that holds this area's entries (one per area). */
	public String collection() {
		return this.collection;
	}

	/** The name the audit trail and events use for one entry of this area. */
	public String resourceType() {
		return this.resourceType;
	}

}
