package org.careflow.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the emails come from.
 *
 * @param from the From header, e.g. {@code CareFlow <no-reply@careflow.local>}
 * @param apiUrl where patients reach the API (the gateway), for the links in emails
 */
@ConfigurationProperties("careflow.mail")
record SenderProperties(@DefaultValue("CareFlow <no-reply@careflow.local>") String from,
		@DefaultValue("http://localhost:8080") String apiUrl) {
}
