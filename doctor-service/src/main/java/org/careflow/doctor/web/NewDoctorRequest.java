package org.careflow.doctor.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.careflow.doctor.domain.DoctorDetails;
import org.careflow.platform.validation.PersonName;
import org.careflow.platform.validation.PlainText;

/**
 * A doctor to add. Everything is checked here, before Keycloak is asked, so bad input is
 * a 400 naming the fields and never creates a login; names and the password follow the
 * realm's own rules (at least 10 characters, which Keycloak also checks, with "not the
 * email").
 */
record NewDoctorRequest(
		@NotBlank @Size(max = 254) @Email(regexp = ".+@.+\\..+",
				message = "must be a well-formed email address") String email,
		@NotNull @Size(min = 10, max = 128) String password, @NotBlank @Size(max = 100) @PersonName String firstName,
		@NotBlank @Size(max = 100) @PersonName String lastName,
		@NotBlank @Size(max = 100) @PlainText String specialty) {

	DoctorDetails details() {
		return new DoctorDetails(this.email, this.firstName, this.lastName, this.specialty);
	}

}
