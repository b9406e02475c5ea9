package org.careflow.appointment.domain;

import java.util.Set;

/** Who acts on an appointment: their id (the token subject) and realm roles. */
public record Actor(String id, Set<String> roles) {

	/** CareFlow itself, for the steps no person takes (an automatic no-show). */
	public static final Actor CAREFLOW = new Actor("appointment-service", Set.of("service"));

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean isDoctor() {
		return this.roles.contains("doctor");
	}

	public boolean isNurse() {
		return this.roles.contains("nurse");
	}

	public boolean isAdmin() {
		return this.roles.contains("admin");
	}

}
