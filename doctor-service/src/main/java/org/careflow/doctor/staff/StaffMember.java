package org.careflow.doctor.staff;

import java.time.Instant;

/**
 * A member of staff. The id is their Keycloak user id (their token subject), and for a
 * doctor also their doctor id. {@code active} turns false when an admin deactivates them
 * (their login is disabled then); the record stays, so their name stays with what they
 * did.
 */
record StaffMember(String id, StaffRole role, String email, String firstName, String lastName, String departmentId,
		String licenseNumber, boolean active, Instant createdAt, Instant deactivatedAt) {

	static StaffMember enrol(String id, NewStaffMember member, Instant now) {
		return new StaffMember(id, member.role(), member.email(), member.firstName(), member.lastName(),
				member.departmentId(), member.licenseNumber(), true, now, null);
	}

}
