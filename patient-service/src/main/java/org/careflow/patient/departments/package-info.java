/**
 * This service's own copy of the clinic's departments with their rooms and beds, kept
 * from doctor-service's {@code department.saved} and {@code department.removed} events
 * ({@code careflow.departments}). Admissions check a bed against this copy, so admitting
 * a patient and showing a ward's beds never wait on doctor-service.
 */
package org.careflow.patient.departments;
