package org.careflow.patient.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a patient's chart, each with its own rights and its own collection, and
 * the fields of its entries that hold what was written about the patient (stored sealed,
 * see {@link EntrySealing}). None of those is ever queried, sorted or indexed on.
 */
public enum ChartArea {

	/**
	 * Diagnoses/conditions, clinical notes, check-up entries (FHIR Condition and notes).
	 */
	RECORDS("record", "records", "text", "code.system", "code.code", "code.display"),

	/** FHIR AllergyIntolerance. */
	ALLERGIES("allergy", "allergies", "substance", "substanceCode.system", "substanceCode.code",
			"substanceCode.display", "reaction"),

	/** FHIR MedicationRequest, and its MedicationDispense when filled. */
	PRESCRIPTIONS("prescription", "prescriptions", "instructions"),

	/** FHIR Immunization. */
	VACCINES("vaccine", "vaccines"),

	/** FHIR Procedure. */
	PROCEDURES("procedure", "procedures", "reason", "outcome");

	private final String resourceType;

	private final String collection;

	private final List<String> sealedFields;

	ChartArea(String resourceType, String collection, String... sealedFields) {
		this.resourceType = resourceType;
		this.collection = collection;
		this.sealedFields = List.of(sealedFields);
	}

	/** The area stored in this collection, if it is one of the chart's. */
	public static Optional<ChartArea> ofCollection(String collection) {
		return Arrays.stream(values()).filter((area) -> area.collection.equals(collection)).findFirst();
	}

	/**
	 * The stored fields sealed at rest, as paths ({@code code.display}: the part of an
	 * embedded value); empty if none is.
	 */
	public List<String> sealedFields() {
		return this.sealedFields;
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
