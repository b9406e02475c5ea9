/**
 * Medical records (FHIR Condition, clinical notes, check-up entries): diagnoses with an
 * optional code (ICD-10), notes and check-ups, {@code active} or {@code resolved}; never
 * deleted, only marked entered-in-error. Stored in {@code records}.
 */
package org.careflow.patient.records;
