package org.careflow.appointment.domain;

/** A well-formed request that breaks an appointment rule (422). */
public class AppointmentRuleException extends RuntimeException {

	public AppointmentRuleException(String message) {
		super(message);
	}

}
