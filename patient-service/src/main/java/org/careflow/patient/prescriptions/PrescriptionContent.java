package org.careflow.patient.prescriptions;

import java.time.LocalDate;

/** What a prescriber decides: the medication, how to take it, refills, validity. */
public record PrescriptionContent(Medication medication, String instructions, int refills, LocalDate validUntil) {

}
