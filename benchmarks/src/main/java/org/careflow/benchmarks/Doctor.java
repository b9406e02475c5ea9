package org.careflow.benchmarks;

/** A doctor the bench added, open every day around the clock (UTC, 15-minute slots). */
record Doctor(String id, String email) {
}
