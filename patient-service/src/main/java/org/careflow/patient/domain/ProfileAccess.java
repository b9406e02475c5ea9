package org.careflow.patient.domain;

import java.util.Set;

/**
 * Who may read a patient's profile: the clinical and administrative staff, and the
 * patient themself. Decided before the profile is loaded, so a patient probing other ids
 * learns nothing about which ones exist.
 */
public final class ProfileAccess {

	private static final Set<String> STAFF_ROLES = Set.of("admin", "doctor", "nurse");

	private ProfileAccess() {
	}

	public static boolean mayView(String callerId, Set<String> callerRoles, String patientId) {
		return callerRoles.stream().anyMatch(STAFF_ROLES::contains) || patientId.equals(callerId);
	}

}
