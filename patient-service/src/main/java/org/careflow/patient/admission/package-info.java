/**
 * Admissions to a bed: admitting a patient to a department's room and bed (checked
 * against this service's copy of the departments), discharging them, the bed's
 * housekeeping until staff mark it ready, a department's bed board (FHIR Location
 * {@code operationalStatus}, HL7 v2 table 0116) and a patient's admission history. One
 * bed holds one patient and a patient has one current admission, both enforced by unique
 * keys in the store (no transactions needed); {@code patient.admitted} and
 * {@code patient.discharged} are written with the admission itself (outbox).
 */
package org.careflow.patient.admission;
