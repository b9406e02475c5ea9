/**
 * Vaccines given or not given (FHIR Immunization): name and code (CVX), dose number, lot
 * and its expiry (an expired lot is refused), site, date given, performer;
 * {@code completed} or {@code not-done}; never deleted, only marked entered-in-error.
 * Stored in {@code vaccines}.
 */
package org.careflow.patient.vaccines;
