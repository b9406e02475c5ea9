package org.careflow.patient.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careflow.patient.domain.PatientDetails;

/**
 * A self-registration. Everything is checked here, before Keycloak is asked, so bad input
 * is a 400 naming the fields and never creates a login.
 */
record RegistrationRequest(
		@NotBlank @Size(max = 254) @Email(regexp = ".+@.+\\..+",
				message = "must be a well-formed email address") String email,
		@NotNull @Size(min = 8, max = 128) String password, @NotBlank @Size(max = 100) String firstName,
		@NotBlank @Size(max = 100) String lastName, @NotNull @Past LocalDate birthDate,
		@NotNull @Pattern(regexp = "\\+?[0-9 ()-]{6,20}",
				message = "must be a phone number such as +15550100") String phone) {

	PatientDetails details() {
		return new PatientDetails(this.email, this.firstName.strip(), this.lastName.strip(), this.birthDate,
				this.phone.strip());
	}

}
