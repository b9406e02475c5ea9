package org.careflow.benchmarks;

/** A patient the bench registered and whose email it verified, so they may book. */
record Patient(String id, String email, String password) {
}
