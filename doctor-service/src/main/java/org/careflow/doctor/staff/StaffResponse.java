package org.careflow.doctor.staff;

import java.time.Instant;

/** A staff record as an admin (or the staff member themself) reads it. */
record StaffResponse(String id, String role, String email, String firstName, String lastName, String departmentId,
		String licenseNumber, boolean active, Instant createdAt, Instant deactivatedAt) {

	static StaffResponse of(StaffMember member) {
		return new StaffResponse(member.id(), member.role().realmRole(), member.email(), member.firstName(),
				member.lastName(), member.departmentId(), member.licenseNumber(), member.active(), member.createdAt(),
				member.deactivatedAt());
	}

}
