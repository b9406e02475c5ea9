package org.careflow.platform.web;

/**
 * One invalid input field and what is wrong with it, as listed in a 400 problem's
 * {@code errors}.
 */
public record FieldProblem(String field, String message) {
}
