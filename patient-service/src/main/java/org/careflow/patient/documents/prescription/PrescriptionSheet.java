package org.careflow.patient.documents.prescription;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a prescription's paper shows of the prescription itself; the clinic's name,
 * address and logo, the same on every sheet, come from configuration ({@link Clinic}).
 * Built by the prescriptions package from a prescription as it stands.
 * <p>
 * Texts are shown exactly as given, escaped by the template (never markup), and bounded
 * here so that no sheet can grow past a page or two: at most {@value #MAX_MEDICATIONS}
 * medicines and {@value #MAX_TEXT} characters per field ({@value #MAX_INSTRUCTIONS} for
 * the instructions).
 *
 * @param prescriptionId printed small, so the clinic can find it
 * @param prescriber who wrote it
 * @param patient whom it is for
 * @param writtenOn the date it was written
 * @param validUntil the last day it may be dispensed
 * @param medications one or more
 * @param instructions to the patient or the pharmacist; empty for none
 * @param refills how many times it may be dispensed again
 * @param verificationUrl what its QR code holds ({@code VerificationLinks})
 */
public record PrescriptionSheet(String prescriptionId, Prescriber prescriber, Patient patient, LocalDate writtenOn,
		LocalDate validUntil, List<MedicationLine> medications, String instructions, int refills,
		String verificationUrl) {

	static final int MAX_MEDICATIONS = 20;

	static final int MAX_TEXT = 200;

	static final int MAX_INSTRUCTIONS = 2000;

	public PrescriptionSheet {
		requireText("prescription id", prescriptionId);
		Objects.requireNonNull(prescriber, "prescriber");
		Objects.requireNonNull(patient, "patient");
		Objects.requireNonNull(writtenOn, "writtenOn");
		Objects.requireNonNull(validUntil, "validUntil");
		Objects.requireNonNull(verificationUrl, "verificationUrl");
		medications = List.copyOf(medications);
		if (medications.isEmpty() || medications.size() > MAX_MEDICATIONS) {
			throw new IllegalArgumentException("A prescription sheet lists 1 to " + MAX_MEDICATIONS + " medicines");
		}
		instructions = (instructions != null) ? instructions.strip() : "";
		if (instructions.length() > MAX_INSTRUCTIONS) {
			throw new IllegalArgumentException("Instructions are at most " + MAX_INSTRUCTIONS + " characters");
		}
		if (refills < 0 || refills > 99) {
			throw new IllegalArgumentException("Refills are 0 to 99");
		}
	}

	static void requireText(String what, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("The " + what + " is required on a prescription sheet");
		}
		optionalText(what, value);
	}

	static String optionalText(String what, String value) {
		String text = (value != null) ? value.strip() : "";
		if (text.length() > MAX_TEXT) {
			throw new IllegalArgumentException("The " + what + " is at most " + MAX_TEXT + " characters");
		}
		return text;
	}

	/**
	 * @param name as it is printed, e.g. "Dr Gregory House"
	 * @param licenceNumber the prescriber's licence (registration) number
	 */
	public record Prescriber(String name, String licenceNumber) {

		public Prescriber {
			requireText("prescriber's name", name);
			requireText("prescriber's licence number", licenceNumber);
		}

	}

	/**
	 * A pharmacist sees only these of the patient.
	 *
	 * @param name as it is printed, in any script
	 * @param birthDate to tell namesakes apart
	 */
	public record Patient(String name, LocalDate birthDate) {

		public Patient {
			requireText("patient's name", name);
			Objects.requireNonNull(birthDate, "birthDate");
		}

	}

}
