package org.careflow.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the emails come from.
 *
 * @param from the From header, e.g. {@code CareFlow <no-reply@careflow.local>}
 */
@ConfigurationProperties("careflow.mail")
record SenderProperties(@DefaultValue("CareFlow <no-reply@careflow.local>") String from) {
}
