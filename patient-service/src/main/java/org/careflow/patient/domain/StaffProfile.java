package org.careflow.patient.domain;

import java.time.LocalDate;

/**
 * A whole profile as the clinic's staff set it: everything but the id (the login's) and
 * the email (the login's, verified through Keycloak).
 */
public record StaffProfile(String firstName, String lastName, LocalDate birthDate, Gender gender,
		ContactDetails contact, String attendingDoctorId, String departmentId) {
}
