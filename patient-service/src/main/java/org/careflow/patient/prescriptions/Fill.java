package org.careflow.patient.prescriptions;

import java.time.Instant;

/** One dispensing of a prescription (FHIR MedicationDispense): who, when, how much. */
public record Fill(String pharmacistId, Instant at, int quantity) {

}
