package org.careflow.appointment.domain;

/**
 * The patient already holds an active appointment at that time, with any doctor (409
 * naming it): a person cannot be in two consultations at once.
 */
public class PatientOverlapException extends RuntimeException {

	private final String appointmentId;

	public PatientOverlapException(String appointmentId) {
		super("You already have appointment " + appointmentId + " at that time.");
		this.appointmentId = appointmentId;
	}

	public String appointmentId() {
		return this.appointmentId;
	}

}
