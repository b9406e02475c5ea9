package org.careflow.doctor.domain;

/** One broken rule of a change to a doctor, naming the request field to fix. */
public record FieldViolation(String field, String message) {
}
