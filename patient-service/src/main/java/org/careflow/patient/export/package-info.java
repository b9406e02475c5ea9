/**
 * {@code GET /api/patients/me/export}: everything CareFlow holds about the signed-in
 * patient as one JSON document (GDPR access and portability) — this service's profile,
 * chart and admissions, and what each other service holding patient data gives for the
 * patient from its {@code /internal/patients/{id}/export}, each call guarded, with a
 * marker naming any part that could not be fetched.
 */
package org.careflow.patient.export;
