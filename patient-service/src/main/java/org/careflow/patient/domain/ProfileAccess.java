package org.careflow.patient.domain;

import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Who may read, change and search patients' profiles. Reading: the clinical and
 * administrative staff, and the patient themself. Changing the whole profile: nurses and
 * admins, and a doctor for a patient in their care. Searching the directory: doctors,
 * nurses and admins — a doctor among the patients in their care only. Role checks come
 * before the profile is loaded, so a patient probing other ids learns nothing about which
 * ones exist.
 */
public final class ProfileAccess {

	private static final Set<String> STAFF_ROLES = Set.of("admin", "doctor", "nurse");

	/** Roles that may change or find any patient's profile (the front desk's work). */
	private static final Set<String> CLINIC_WIDE_ROLES = Set.of("admin", "nurse");

	private ProfileAccess() {
	}

	public static boolean mayView(String callerId, Set<String> callerRoles, String patientId) {
		return isStaff(callerRoles) || patientId.equals(callerId);
	}

	/**
	 * Whether any patient's profile could be changed by the caller (before any lookup).
	 */
	public static boolean mayEverEdit(Set<String> callerRoles) {
		return isStaff(callerRoles);
	}

	/**
	 * @param inCare whether the patient is in the calling doctor's care (asked if needed)
	 */
	public static boolean mayEdit(Set<String> callerRoles, BooleanSupplier inCare) {
		if (callerRoles.stream().anyMatch(CLINIC_WIDE_ROLES::contains)) {
			return true;
		}
		return callerRoles.contains("doctor") && inCare.getAsBoolean();
	}

	public static boolean maySearch(Set<String> callerRoles) {
		return isStaff(callerRoles);
	}

	/** A doctor (and nothing more) finds only the patients in their care. */
	public static boolean searchIsLimitedToCare(Set<String> callerRoles) {
		return callerRoles.contains("doctor") && callerRoles.stream().noneMatch(CLINIC_WIDE_ROLES::contains);
	}

	private static boolean isStaff(Set<String> callerRoles) {
		return callerRoles.stream().anyMatch(STAFF_ROLES::contains);
	}

}
