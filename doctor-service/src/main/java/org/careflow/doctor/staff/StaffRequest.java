package org.careflow.doctor.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careflow.platform.validation.PersonName;
import org.careflow.platform.validation.PlainText;

/**
 * A staff member to add. Each field is checked here, before Keycloak is asked, so bad
 * input is a 400 naming the fields and never creates a login; the rules between fields
 * are {@link NewStaffMember}'s. There is no password: the person chooses their own.
 */
record StaffRequest(
		@NotNull @Pattern(regexp = StaffRole.NAMES,
				message = "must be nurse, pharmacist or doctor (admins are not added here)") String role,
		@NotBlank @Size(max = 254) @Email(regexp = ".+@.+\\..+",
				message = "must be a well-formed email address") String email,
		@NotBlank @Size(max = 100) @PersonName String firstName, @NotBlank @Size(max = 100) @PersonName String lastName,
		@NotBlank @Size(max = 64) @Pattern(regexp = "\\S+", message = "must be a department id") String departmentId,
		@Size(max = 50) @Pattern(regexp = "[A-Za-z0-9/-]+",
				message = "may contain only letters A-Z, digits, '-' and '/'") String licenseNumber,
		@Size(max = 100) @PlainText String specialty) {

	NewStaffMember member() {
		return new NewStaffMember(StaffRole.of(this.role).orElseThrow(), this.email, this.firstName, this.lastName,
				this.departmentId, this.licenseNumber, this.specialty);
	}

}
