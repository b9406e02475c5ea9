package org.careflow.doctor.staff;

/** A rule a new staff member breaks, naming the field at fault. */
public record Violation(String field, String message) {
}
