package org.careflow.patient.admission;

/**
 * A bed's FHIR Location {@code operationalStatus}: codes and display names of HL7 v2
 * table 0116 (Bed Status). The table also has C (closed), K (contaminated) and I
 * (isolated), which nothing here sets yet.
 */
enum BedStatus {

	OCCUPIED("O", "Occupied"), UNOCCUPIED("U", "Unoccupied"), HOUSEKEEPING("H", "Housekeeping");

	static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/v2-0116";

	private final String code;

	private final String display;

	BedStatus(String code, String display) {
		this.code = code;
		this.display = display;
	}

	String code() {
		return this.code;
	}

	String display() {
		return this.display;
	}

}
