package org.careflow.patient.documents.prescription;

import java.time.LocalDate;
import java.util.List;

import org.careflow.patient.documents.prescription.PrescriptionSheet.Patient;
import org.careflow.patient.documents.prescription.PrescriptionSheet.Prescriber;

/** Prescription sheets for tests: a typical one, and variations of it. */
public final class PrescriptionSheets {

	public static final String VERIFICATION_URL = "https://careflow.example.org/verify/"
			+ "dmVyaWZ5LWRvY3VtZW50fHJ4LTF8cGF0aWVudHxwcmVzY3JpcHRpb24uM3wxNzk4NjcxNjAwfGlk.c2lnbmF0dXJl";

	private PrescriptionSheets() {
	}

	public static PrescriptionSheet typical() {
		return forPatient("Zoë Łukasiewicz");
	}

	public static PrescriptionSheet forPatient(String name) {
		return new PrescriptionSheet("5b0e7c1e-8d7a-4a57-9a43-2f1c0f6b9e21",
				new Prescriber("Dr Gregory House", "GMC 7012345"), new Patient(name, LocalDate.of(1984, 3, 9)),
				LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 30),
				List.of(new MedicationLine("Amoxicillin 500 mg capsules", "1 capsule", "oral", "3 times a day",
						"7 days", "21 capsules"),
						new MedicationLine("Ibuprofen 400 mg tablets", "1 tablet", "oral", "every 8 hours if needed",
								"5 days", "15 tablets")),
				"Take with food. Finish the course of amoxicillin even if you feel better.", 1, VERIFICATION_URL);
	}

	public static PrescriptionSheet withPrescriber(String name) {
		PrescriptionSheet typical = typical();
		return new PrescriptionSheet(typical.prescriptionId(), new Prescriber(name, "LIC-1"), typical.patient(),
				typical.writtenOn(), typical.validUntil(), typical.medications(), typical.instructions(),
				typical.refills(), typical.verificationUrl());
	}

}
