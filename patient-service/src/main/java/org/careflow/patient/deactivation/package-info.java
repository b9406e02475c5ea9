/**
 * Deactivating a patient and, once the legal retention period has passed, anonymising
 * their profile: {@code DELETE /api/patients/{id}} (admins) disables the login, keeps the
 * profile and announces {@code patient.deactivated} (appointment-service cancels what is
 * ahead); a daily job clears the personal fields of profiles whose retention has ended.
 */
package org.careflow.patient.deactivation;
