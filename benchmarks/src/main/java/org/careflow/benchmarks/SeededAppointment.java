package org.careflow.benchmarks;

/**
 * An appointment booked while seeding, for the read workload.
 *
 * @param id the appointment id
 * @param patient the index of its patient in {@link SeededData#patients()}
 */
record SeededAppointment(String id, int patient) {
}
