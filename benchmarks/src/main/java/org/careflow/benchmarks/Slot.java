package org.careflow.benchmarks;

import java.time.Instant;

/** One bookable slot of a doctor. */
record Slot(String doctorId, Instant start) {
}
