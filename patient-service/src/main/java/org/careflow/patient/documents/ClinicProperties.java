package org.careflow.patient.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic on the letterhead ({@code careflow.clinic.*}), named as notification-service
 * names it.
 *
 * @param name {@code CLINIC_NAME}
 * @param address one line, {@code CLINIC_ADDRESS}; empty if not configured
 * @param logo a PNG or JPEG file ({@code CLINIC_LOGO}), at most 512 kB; empty for none
 */
@ConfigurationProperties("careflow.clinic")
record ClinicProperties(@DefaultValue("CareFlow Clinic") String name, @DefaultValue("") String address,
		@DefaultValue("") String logo) {
}
