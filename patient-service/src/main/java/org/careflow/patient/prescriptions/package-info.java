/**
 * Prescriptions (FHIR MedicationRequest, with a MedicationDispense per fill): a doctor
 * writes one, a pharmacist fills it (in part or in full; refills count down), the patient
 * reads it and downloads its PDF. Announced by {@code prescription.created},
 * {@code prescription.filled} and {@code prescription.revoked} on
 * {@code careflow.prescriptions} (ids and times only).
 */
package org.careflow.patient.prescriptions;
