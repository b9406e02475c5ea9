package org.careflow.doctor.staff;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A staff member as stored (collection {@code staff}); the role as its realm name. */
@Document(StaffDocument.COLLECTION)
record StaffDocument(@Id String id, String role, String email, String firstName, String lastName, String departmentId,
		String licenseNumber, boolean active, Instant createdAt, Instant deactivatedAt) {

	static final String COLLECTION = "staff";

	static StaffDocument from(StaffMember member) {
		return new StaffDocument(member.id(), member.role().realmRole(), member.email(), member.firstName(),
				member.lastName(), member.departmentId(), member.licenseNumber(), member.active(), member.createdAt(),
				member.deactivatedAt());
	}

	StaffMember toMember() {
		StaffRole staffRole = StaffRole.of(this.role)
			.orElseThrow(() -> new IllegalStateException("Staff " + this.id + " has unknown role " + this.role));
		return new StaffMember(this.id, staffRole, this.email, this.firstName, this.lastName, this.departmentId,
				this.licenseNumber, this.active, this.createdAt, this.deactivatedAt);
	}

}
