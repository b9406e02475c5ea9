package org.careflow.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service reaches Keycloak's admin API to create accounts (a confidential client
 * whose service account may manage users).
 */
@ConfigurationProperties("careflow.identity")
public record IdentityProperties(@DefaultValue("http://localhost:8180") String serverUrl,
		@DefaultValue("careflow") String realm, @DefaultValue("careflow-services") String clientId,
		@DefaultValue("careflow-services-local-secret") String clientSecret) {
}
