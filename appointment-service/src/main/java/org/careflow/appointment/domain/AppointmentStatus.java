package org.careflow.appointment.domain;

/**
 * FHIR appointment statuses in use; arrived, fulfilled and noshow follow with check-in.
 */
public enum AppointmentStatus {

	BOOKED, CANCELLED

}
