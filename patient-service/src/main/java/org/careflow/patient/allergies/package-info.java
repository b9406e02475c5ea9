/**
 * Allergies and intolerances (FHIR AllergyIntolerance): substance (and its code),
 * reaction, severity, criticality; {@code active} or {@code inactive}; never deleted,
 * only marked entered-in-error. Under {@code /api/patients/{id}/allergies}, stored in
 * {@code allergies}.
 */
package org.careflow.patient.allergies;
