package org.careflow.platform.identity;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who this service is to Keycloak: a confidential client of the realm, used for the admin
 * API (creating logins) and for the service's own tokens when it calls another service.
 * The secret has no default anywhere: a service started without it refuses to start,
 * naming the variable to set (the local stack and docker-compose pass their own).
 *
 * @param serverUrl Keycloak's base URL
 * @param realm the realm
 * @param clientId the confidential client, e.g. {@code patient-service}
 * @param clientSecret its secret ({@code KEYCLOAK_CLIENT_SECRET})
 */
@Validated
@ConfigurationProperties("careflow.identity")
public record IdentityProperties(@DefaultValue("http://localhost:8180") @NotBlank String serverUrl,
		@DefaultValue("careflow") @NotBlank String realm,
		@NotBlank(message = "is required: set KEYCLOAK_CLIENT_ID to this service's Keycloak client") String clientId,
		@NotBlank(message = "is required: set KEYCLOAK_CLIENT_SECRET to the secret of this service's Keycloak client "
				+ "(there is no default)") String clientSecret) {

	/** The realm's token endpoint. */
	public String tokenUri() {
		return this.serverUrl.replaceAll("/+$", "") + "/realms/" + this.realm + "/protocol/openid-connect/token";
	}

}
