package org.careflow.benchmarks;

/**
 * A setting the bench chose, printed before it measures and kept in the JSON: what a
 * reader needs to compare the figures with another run or system.
 *
 * @param where the part it applies to ({@code gateway}, {@code bench} ...)
 * @param setting the setting and its value, e.g.
 * {@code RATE_LIMIT_REGISTRATION_PER_HOUR=100000}
 * @param why why it is not the default, or why a default that matters was kept
 */
record Knob(String where, String setting, String why) {
}
