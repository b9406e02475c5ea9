package org.careflow.patient.prescriptions;

/**
 * What is prescribed and how it is taken: one medication per prescription, as FHIR's
 * MedicationRequest has. {@code quantity} is what one fill dispenses (units: tablets,
 * millilitres, as {@code dosage} says).
 */
public record Medication(String name, String code, String dosage, String route, String frequency, String duration,
		int quantity) {

}
