package org.careflow.patient.prescriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.careflow.patient.chart.EnteredInError;
import org.careflow.patient.domain.Patient;

/**
 * A prescription as the API shows it, with the patient's name and birth date (all a
 * pharmacist sees of the patient).
 */
record PrescriptionView(String id, PatientPart patient, PrescriberPart prescriber, Medication medication,
		String instructions, int refills, LocalDate validUntil, String status, int fillsRemaining,
		int dispensedThisFill, List<Fill> fills, Instant createdAt, Instant updatedAt, EnteredInError enteredInError,
		long version) {

	static PrescriptionView of(Prescription prescription, Patient patient) {
		PatientPart patientPart = (patient != null)
				? new PatientPart(patient.id(), patient.firstName() + " " + patient.lastName(), patient.birthDate())
				: new PatientPart(prescription.patientId(), null, null);
		return new PrescriptionView(prescription.id(), patientPart,
				new PrescriberPart(prescription.prescriberId(), prescription.prescriberName(),
						prescription.prescriberLicence()),
				prescription.medication(), prescription.instructions(), prescription.refills(),
				prescription.validUntil(), prescription.status(), prescription.fillsRemaining(),
				prescription.dispensedThisFill(), prescription.fills(), prescription.createdAt(),
				prescription.updatedAt(), prescription.enteredInError(), prescription.version());
	}

	record PatientPart(String id, String name, LocalDate birthDate) {
	}

	record PrescriberPart(String id, String name, String licence) {
	}

}
