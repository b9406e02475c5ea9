package org.careflow.doctor.departments;

/**
 * One broken rule of a department, naming the request field to fix ({@code name},
 * {@code rooms[2].beds[0]}).
 */
public record Violation(String field, String message) {
}
