/**
 * Procedures (FHIR Procedure): planned ({@code preparation}), performed once by
 * {@code POST /api/procedures/{id}/perform} ({@code completed}, with outcome and time),
 * or {@code not-done}; never deleted, only marked entered-in-error. Stored in
 * {@code procedures}.
 */
package org.careflow.patient.procedures;
