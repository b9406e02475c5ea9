package org.careflow.patient.documents.prescription;

import java.util.Optional;

/**
 * The clinic whose letterhead every prescription carries, from configuration
 * ({@code CLINIC_NAME}, {@code CLINIC_ADDRESS}, {@code CLINIC_LOGO}), named as
 * notification-service names them.
 *
 * @param name never blank
 * @param address one line, or empty
 * @param logo the logo as a {@code data:} URI (PNG or JPEG), if the clinic has one
 */
public record Clinic(String name, String address, Optional<String> logo) {

	public Clinic {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("The clinic's name (CLINIC_NAME) must not be blank");
		}
		name = name.strip();
		address = (address != null) ? address.strip() : "";
		logo = (logo != null) ? logo : Optional.empty();
	}

}
