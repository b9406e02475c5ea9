package org.careflow.notification.config;

import org.careflow.notification.messages.Clinic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic the emails speak for ({@code careflow.clinic.*}).
 *
 * @param name {@code CLINIC_NAME}
 * @param address one line, {@code CLINIC_ADDRESS}; empty if not configured
 * @param whatToBring {@code CLINIC_WHAT_TO_BRING}, at most 1000 characters; empty for
 * {@link Clinic#DEFAULT_WHAT_TO_BRING}
 * @param timeZone {@code CLINIC_TIME_ZONE}, an IANA zone; empty for
 * {@link Clinic#DEFAULT_TIME_ZONE}
 */
@ConfigurationProperties("careflow.clinic")
record ClinicProperties(@DefaultValue("CareFlow Clinic") String name, @DefaultValue("") String address,
		@DefaultValue("") String whatToBring, @DefaultValue("") String timeZone) {

	/**
	 * The clinic, checked.
	 * @throws IllegalArgumentException naming the variable that is out of bounds
	 */
	Clinic clinic() {
		return new Clinic(this.name, this.address, this.whatToBring, this.timeZone);
	}

}
