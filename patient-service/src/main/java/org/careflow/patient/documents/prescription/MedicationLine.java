package org.careflow.patient.documents.prescription;

/**
 * One medicine as the paper lists it, each part as the prescriber wrote it.
 *
 * @param name e.g. "Amoxicillin 500 mg capsules"
 * @param dosage e.g. "1 capsule"
 * @param route e.g. "oral"
 * @param frequency e.g. "3 times a day"
 * @param duration e.g. "7 days"
 * @param quantity e.g. "21 capsules"
 */
public record MedicationLine(String name, String dosage, String route, String frequency, String duration,
		String quantity) {

	public MedicationLine {
		PrescriptionSheet.requireText("medication name", name);
		dosage = PrescriptionSheet.optionalText("dosage", dosage);
		route = PrescriptionSheet.optionalText("route", route);
		frequency = PrescriptionSheet.optionalText("frequency", frequency);
		duration = PrescriptionSheet.optionalText("duration", duration);
		quantity = PrescriptionSheet.optionalText("quantity", quantity);
	}

}
