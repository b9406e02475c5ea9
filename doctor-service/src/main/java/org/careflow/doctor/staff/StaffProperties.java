package org.careflow.doctor.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param setPasswordLinkLifespan how long the link in Keycloak's set-password email
 * works: long enough for someone who reads mail over a weekend, short enough that an old
 * mailbox is no key to the clinic
 */
@ConfigurationProperties("careflow.staff")
record StaffProperties(@DefaultValue("72h") Duration setPasswordLinkLifespan) {
}
