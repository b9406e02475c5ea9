package org.careflow.patient.domain;

/** One field of a profile change that cannot be accepted, and why. */
public record ProfileViolation(String field, String message) {
}
