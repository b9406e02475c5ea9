package org.careflow.patient.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careflow.patient.domain.PatientDetails;
import org.careflow.patient.domain.Violations;
import org.careflow.platform.validation.PersonName;

/**
 * A self-registration. Everything is checked here, before Keycloak is asked, so bad input
 * is a 400 naming the fields and never creates a login. The rules are the realm's own
 * (names: {@link PersonName}; passwords: at least 10 characters, not the email), so
 * Keycloak never refuses what passed here.
 */
@SensibleRegistration
record RegistrationRequest(
		@NotBlank @Size(max = 254) @Email(regexp = ".+@.+\\..+",
				message = "must be a well-formed email address") String email,
		@NotNull @Size(min = 10, max = 128) String password, @NotBlank @Size(max = 100) @PersonName String firstName,
		@NotBlank @Size(max = 100) @PersonName String lastName, @NotNull @Past LocalDate birthDate,
		@NotNull @Pattern(regexp = Violations.PHONE_PATTERN, message = Violations.PHONE_MESSAGE) String phone) {

	/** Nobody alive was born before this; an earlier date is a typo. */
	static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	PatientDetails details() {
		return new PatientDetails(this.email, this.firstName.strip(), this.lastName.strip(), this.birthDate,
				this.phone.strip());
	}

}
