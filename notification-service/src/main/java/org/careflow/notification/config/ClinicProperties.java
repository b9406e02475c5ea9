package org.careflow.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic the emails speak for ({@code careflow.clinic.*}).
 *
 * @param name {@code CLINIC_NAME}
 * @param address one line, {@code CLINIC_ADDRESS}; empty if not configured
 */
@ConfigurationProperties("careflow.clinic")
record ClinicProperties(@DefaultValue("CareFlow Clinic") String name, @DefaultValue("") String address) {
}
